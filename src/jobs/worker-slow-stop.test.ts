import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from '../engine/define-pipeline.ts';
import { defineStep } from '../engine/step.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

// A step that does not heed its signal (as a synchronous render would not) until the test lets it finish.
let markStarted = () => {};
const started = new Promise<void>((resolve) => (markStarted = resolve));
let letFinish = () => {};
const finish = new Promise<void>((resolve) => (letFinish = resolve));
const deaf = defineStep({
  id: 'test.deaf',
  version: 1,
  input: z.object({}),
  output: z.object({ done: z.boolean() }),
  maxAttempts: 1,
  async run() {
    markStarted();
    await finish;
    return { done: true };
  },
});
const pipeline = definePipeline({ id: 'deaf', description: 'One step that ignores its signal.', input: z.object({}) })
  .node('render', { step: deaf, input: () => ({}) })
  .output((_job, outputs) => outputs.render);

let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
let system: JobSystem;
beforeAll(async () => {
  folder = await temporaryDataDir();
  system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [pipeline] });
}, 60_000);
afterAll(async () => {
  letFinish();
  await system?.close();
  await folder?.remove();
});

describe('a worker whose stop waits on a step that does not heed its signal', () => {
  it('says which job and step, or which part after them, it is waiting for, then stops', async () => {
    let reported: (message: string) => void = () => {};
    const report = new Promise<string>((resolve) => (reported = resolve));
    const worker = system.worker([pipeline], { slowStopMs: 1, onError: (error) => reported(String(error)) });
    await worker.start();
    const job = await system.service.create('alice', 'deaf', {});
    await started;
    const stopping = worker.stop();
    // Which part it is still in depends on how soon the run lets go of the aborted step: either is named.
    expect(await report).toMatch(new RegExp(`stopping for 0.001 s, waiting for (?:the running jobs to stop \\(${job.id} in render\\)|the queue \\(pg-boss\\) to end its fetch loops)`));
    letFinish();
    await stopping;
  });
});
