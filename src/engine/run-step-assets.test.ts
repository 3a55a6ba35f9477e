import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ProviderFailedError } from './errors/index.ts';
import { definePipeline } from './define-pipeline.ts';
import { runPipeline } from './run-pipeline.ts';
import { defineStep, type StepContext } from './step.ts';

function pipelineRunning(run: (context: StepContext) => Promise<unknown>) {
  const step = defineStep({ id: 'test.assets', version: 1, input: z.any(), output: z.any(), run: (_input, context) => run(context) });
  return definePipeline({ id: 'assets', description: 'asset clean-up', input: z.object({}) })
    .node('only', { step, input: () => null })
    .output(() => 'done');
}

describe('runPipeline: assets of attempts that did not finish', () => {
  it('deletes what a failed attempt recorded and keeps what the successful one recorded', async () => {
    const discarded: string[] = [];
    let written = 0;
    const pipeline = pipelineRunning(async (context) => {
      written += 1;
      context.recordAsset(`asset-${written}`);
      if (context.attempt === 1) throw new ProviderFailedError('the backend dropped the connection');
      return 'done';
    });
    const result = await runPipeline(pipeline, {
      jobId: 'job-1', ownerId: 'user-1', input: {}, signal: new AbortController().signal, random: () => 0,
      discardAsset: async (assetId) => { discarded.push(assetId); },
    });
    expect(discarded).toEqual(['asset-1']);
    expect(result.nodes.only.assetIds).toEqual(['asset-2']);
  });

  it('deletes an asset a step records after its run was cancelled', async () => {
    const controller = new AbortController();
    let discard!: (assetId: string) => void;
    const discardedLate = new Promise<string>((resolve) => { discard = resolve; });
    let recordLate!: () => void;
    const pipeline = pipelineRunning(async (context) => {
      // The step ignores the cancel and stores its file anyway, as work already under way would.
      await new Promise<void>((resolve) => { recordLate = resolve; controller.abort(); });
      context.recordAsset('late-asset');
      return 'done';
    });
    const running = runPipeline(pipeline, {
      jobId: 'job-2', ownerId: 'user-1', input: {}, signal: controller.signal, random: () => 0,
      discardAsset: async (assetId) => discard(assetId),
    });
    await expect(running).rejects.toThrow();
    recordLate();
    expect(await discardedLate).toBe('late-asset');
  });
});
