import { z } from 'zod';
import { sleep } from '../../engine/backoff.ts';
import { defineStep } from '../../engine/step.ts';
import { optionalService } from '../../runtime/step-services.ts';

/** How often a waiting step reports progress, in milliseconds. */
const progressEveryMs = 100;

/**
 * Waits a while, honouring cancel, and reports progress as it goes: a stand-in for real work when
 * measuring the queue, the workers and the progress stream. When an asset store is at hand it writes
 * a small receipt asset, so crash tests can check that no asset is lost or written twice. Its output
 * leaves out anything time-dependent so that the step cache can reuse it.
 */
export const waitStep = defineStep({
  id: 'diagnostic.wait',
  version: 2,
  input: z.object({
    index: z.number().int().min(1),
    delayMs: z.number().min(0),
    label: z.string().optional(),
  }),
  output: z.object({ index: z.number().int(), label: z.string().optional(), receiptAssetId: z.string().optional() }),
  async run({ index, delayMs, label }, context) {
    context.progress(0);
    let waited = 0;
    while (waited < delayMs) {
      const chunk = Math.min(progressEveryMs, delayMs - waited);
      await sleep(chunk, context.signal);
      waited += chunk;
      if (waited < delayMs) context.progress(waited / delayMs, `waited ${Math.round(waited)} of ${delayMs} ms`);
    }
    const assets = optionalService(context.services, 'assets');
    let receiptAssetId: string | undefined;
    if (assets) {
      const receipt = await assets.put({
        ownerId: context.ownerId,
        jobId: context.jobId,
        data: new TextEncoder().encode(JSON.stringify({ step: index, delayMs, label: label ?? null })),
        mediaType: 'application/json',
        name: `wait-${index}.json`,
      });
      receiptAssetId = receipt.id;
      context.recordAsset(receipt.id);
    }
    context.progress(1);
    return { index, label, receiptAssetId };
  },
});
