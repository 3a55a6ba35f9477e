import { loadConfig } from '../config/index.ts';
import { BadInputError } from '../engine/errors/index.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { localUserId } from '../runtime/local-user.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { waitForJob } from './wait-for-job.ts';

/** `kiln run <pipeline> --input JSON`: runs one job on this machine, shows progress, prints the result. */
export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(
    args,
    { input: { type: 'string', default: '{}' }, json: { type: 'boolean', default: false } },
    true,
  );
  const [pipelineId] = positionals;
  if (!pipelineId) throw new BadInputError('Name the pipeline to run, e.g. `kiln run diagnostic`.');
  let input: unknown;
  try {
    input = JSON.parse(values.input);
  } catch {
    throw new BadInputError(`--input must be JSON, e.g. --input '{"steps":3}'; got ${values.input}.`);
  }
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  const runtime = await createRuntime({ config, withWorker: true });
  try {
    const job = await waitForJob(runtime, await runtime.jobs.create(localUserId, pipelineId, input), { json: values.json });
    if (values.json) process.stdout.write(`${JSON.stringify(job)}\n`);
    else if (job.state === 'succeeded') process.stdout.write(`${JSON.stringify(job.output, null, 2)}\n`);
    else process.stderr.write(`Job ${job.state}: ${job.error?.message ?? ''}\n`);
    return job.state === 'succeeded' ? 0 : 1;
  } finally {
    await runtime.close();
  }
}
