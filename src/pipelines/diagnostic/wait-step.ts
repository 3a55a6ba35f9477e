import { z } from 'zod';
import { sleep } from '../../engine/backoff.ts';
import { defineStep } from '../../engine/step.ts';

/** How often a waiting step reports progress, in milliseconds. */
const progressEveryMs = 100;

/**
 * Waits a while, honouring cancel, and reports progress as it goes: a stand-in for real work when
 * measuring the queue, the workers and the progress stream. Its output leaves out anything
 * time-dependent so that the step cache can reuse it.
 */
export const waitStep = defineStep({
  id: 'diagnostic.wait',
  version: 1,
  input: z.object({
    index: z.number().int().min(1),
    delayMs: z.number().min(0),
    label: z.string().optional(),
  }),
  output: z.object({ index: z.number().int(), label: z.string().optional() }),
  async run({ index, delayMs, label }, context) {
    context.progress(0);
    let waited = 0;
    while (waited < delayMs) {
      const chunk = Math.min(progressEveryMs, delayMs - waited);
      await sleep(chunk, context.signal);
      waited += chunk;
      if (waited < delayMs) context.progress(waited / delayMs, `waited ${Math.round(waited)} of ${delayMs} ms`);
    }
    context.progress(1);
    return { index, label };
  },
});
