import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';

/** Ends the diagnostic pipeline by saying what was run; proves the last node sees the whole chain finish. */
export const reportStep = defineStep({
  id: 'diagnostic.report',
  version: 1,
  input: z.object({ label: z.string().optional(), steps: z.number().int().min(1) }),
  output: z.object({ label: z.string().optional(), steps: z.number().int() }),
  async run({ label, steps }) {
    return { label, steps };
  },
});
