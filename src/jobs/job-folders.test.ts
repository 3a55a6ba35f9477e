import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { definePipeline } from '../engine/define-pipeline.ts';
import { defineStep } from '../engine/step.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

/** One step that leaves a scratch file in the job's folder and tells the test where it was. */
function createScratchPipeline() {
  const folders: string[] = [];
  const scratch = defineStep({
    id: 'job-folders.scratch',
    version: 1,
    input: z.object({ text: z.string() }),
    output: z.object({ text: z.string() }),
    cacheable: false,
    async run({ text }, context) {
      folders.push(context.temporaryFolder);
      await writeFile(join(context.temporaryFolder, 'scratch.bin'), new Uint8Array(1024));
      return { text };
    },
  });
  const pipeline = definePipeline({
    id: 'scratch',
    description: 'Writes a scratch file.',
    input: z.object({ text: z.string() }),
  })
    .node('scratch', { step: scratch, input: (job) => job })
    .output((_job, outputs) => outputs.scratch);
  return { pipeline, folders };
}

describe('job temporary folders', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let system: JobSystem;
  let root: string;
  const scratch = createScratchPipeline();

  beforeEach(async () => {
    folder = await temporaryDataDir();
    root = join(folder.dataDir, 'tmp', 'jobs');
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [scratch.pipeline] });
  });
  afterEach(async () => {
    await system?.close();
    await folder.remove();
  });

  it('gives each job a folder of its own under the data folder and removes it when the job ends', async () => {
    await system.worker([scratch.pipeline], { temporaryRoot: root }).start();
    const job = await system.service.create('alice', 'scratch', { text: 'moon' });
    await expect.poll(async () => (await system.service.get('alice', job.id)).state, { timeout: 10_000 }).toBe('succeeded');
    expect(scratch.folders.at(-1)).toBe(join(root, job.id));
    expect(existsSync(join(root, job.id))).toBe(false);
  });

  it('on start, removes what killed runs left behind, but never the folder of a job that is still queued or running', async () => {
    const insertJob = async (state: string) => {
      const id = randomUUID();
      await system.database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ($1, 'alice', 'scratch', $2, '{}')`, [id, state]);
      return id;
    };
    // Running on another worker that shares the data folder; queued after an interrupted run.
    const live = [await insertJob('running'), await insertJob('queued')];
    const left = [await insertJob('succeeded'), await insertJob('failed'), await insertJob('cancelled'), randomUUID(), 'not-a-job'];
    for (const name of [...live, ...left]) {
      await mkdir(join(root, name), { recursive: true });
      await writeFile(join(root, name, 'frame.png'), new Uint8Array(4096));
    }

    await system.worker([scratch.pipeline], { temporaryRoot: root }).start();
    for (const name of left) expect(existsSync(join(root, name)), name).toBe(false);
    for (const name of live) expect(existsSync(join(root, name, 'frame.png')), name).toBe(true);
  });
});
