import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PipelineRunResult } from '../engine/run-pipeline.ts';
import { createTestRuntime, type TestRuntime } from '../runtime/testing/create-test-runtime.ts';
import { localUserId } from '../runtime/local-user.ts';
import { waitForJobEnd } from '../pipelines/music-video/testing/music-video-fixtures.ts';
import { removeStrayAssets } from './remove-stray-assets.ts';

describe('removeStrayAssets', () => {
  let kiln: TestRuntime;
  beforeAll(async () => { kiln = await createTestRuntime(); });
  afterAll(async () => { await kiln.close(); });

  const put = (name: string, jobId?: string) =>
    kiln.runtime.assets.put({ ownerId: localUserId, data: Buffer.from(name), mediaType: 'text/plain', name, ...(jobId ? { jobId } : {}) });

  it('deletes only the job\'s own files that no finished step recorded or names', async () => {
    // Two real (finished) jobs, since assets name their job by foreign key.
    const finished = async (label: string) => {
      const job = await kiln.runtime.jobs.create(localUserId, 'diagnostic', { label, steps: 1 });
      return (await waitForJobEnd(kiln.runtime, localUserId, job.id)).id;
    };
    const jobA = await finished('a');
    const jobB = await finished('b');
    const recorded = await put('recorded', jobA);
    const named = await put('named', jobA);
    const stray = await put('cut-short attempt', jobA);
    const otherJob = await put('other job', jobB);
    const upload = await put('upload');
    const node = { key: 'k', cached: false, durationMs: 1, attempts: 1, servedBy: [], passedOver: [], warnings: [] };
    const result: PipelineRunResult = {
      output: { reportAssetId: named.id },
      nodes: { write: { ...node, output: { done: true }, assetIds: [recorded.id] }, reuse: { ...node, cached: true, output: { fileAssetId: otherJob.id }, assetIds: [] } },
    };
    // The diagnostic run's own receipt is not in this made-up result either, so it goes too.
    const jobAFiles = await kiln.runtime.assets.list(localUserId, { jobId: jobA });
    expect(await removeStrayAssets(kiln.runtime.assets, localUserId, jobA, result)).toBe(jobAFiles.length - 2);
    await expect(kiln.runtime.assets.get(localUserId, stray.id)).rejects.toMatchObject({ code: 'not_found' });
    for (const kept of [recorded, named, otherJob, upload]) expect((await kiln.runtime.assets.get(localUserId, kept.id)).id).toBe(kept.id);
  });
});
