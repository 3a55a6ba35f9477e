import { loadConfig } from '../config/index.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { integerFlag, parseCommandLine } from './parse-command-line.ts';
import { waitForShutdownSignal } from './wait-for-shutdown-signal.ts';

/** `kiln worker`: takes jobs from the shared queue until stopped. On Postgres, run as many as you like. */
export async function workerCommand(args: string[]): Promise<number> {
  const { values } = parseCommandLine(args, { concurrency: { type: 'string' } });
  const concurrency = integerFlag(values.concurrency, 'concurrency', { min: 1, max: 64 });
  const config = await loadConfig({ cwd: process.cwd(), env: process.env });
  // Before anything opens, so a signal while starting still ends in a clean close (see serveCommand).
  const shutdownSignal = waitForShutdownSignal();
  const runtime = await createRuntime({ config, withWorker: true, workerConcurrency: concurrency });
  if (runtime.databaseKind === 'pglite') {
    process.stderr.write('Note: on the embedded database only this process can use the data folder; set DATABASE_URL to share a queue between machines.\n');
  }
  process.stderr.write(`Kiln worker ${process.pid} is taking jobs (database: ${runtime.databaseKind})\n`);
  try {
    await shutdownSignal;
  } finally {
    await runtime.close();
  }
  return 0;
}
