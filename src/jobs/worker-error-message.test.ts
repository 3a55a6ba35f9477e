import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from '../engine/define-pipeline.ts';
import { defineStep } from '../engine/step.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

// A step whose output the step cache's table refuses (jsonb takes no NUL): the insert fails with the
// database driver's message, which quotes the SQL and its parameters.
const unstorable = defineStep({
  id: 'test.unstorable',
  version: 1,
  input: z.object({ text: z.string() }),
  output: z.object({ text: z.string() }),
  maxAttempts: 1,
  async run(input) {
    return { text: `${input.text}\u0000` };
  },
});
const pipeline = definePipeline({
  id: 'unstorable',
  description: 'One step whose output cannot be stored.',
  input: z.object({ text: z.string() }),
})
  .node('only', { step: unstorable, input: (job) => ({ text: job.text }) })
  .output((_job, outputs) => outputs.only);

let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
let system: JobSystem;
beforeAll(async () => {
  folder = await temporaryDataDir();
  system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [pipeline] });
}, 60_000);
afterAll(async () => {
  await system?.close();
  await folder?.remove();
});

describe('a job that fails unexpectedly', () => {
  it('records a sentence without SQL or parameters, and logs what failed', async () => {
    const logged: unknown[] = [];
    await system.worker([pipeline], { onError: (error) => logged.push(error) }).start();
    const job = await system.service.create('alice', 'unstorable', { text: 'secret-parameter' });
    await expect.poll(async () => (await system.service.get('alice', job.id)).state, { timeout: 30_000 }).toBe('failed');
    const failed = await system.service.get('alice', job.id);
    expect(failed.error?.code).toBe('internal');
    expect(failed.error?.message).toMatch(/^Something went wrong inside Kiln in step `only`; the server log has the details \(job /);
    expect(JSON.stringify(failed.error)).not.toMatch(/insert|step_cache|secret-parameter|query/i);
    expect(logged.map(String).join('\n')).toMatch(/step_cache/);
  });
});
