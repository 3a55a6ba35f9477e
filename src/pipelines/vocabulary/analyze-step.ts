import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { analyzeTranscript } from './analysis/analyze-transcript.ts';
import { streamAnalysisSchema, streamSourceSchema, transcriptCueSchema } from './vocabulary-contracts.ts';

/**
 * Finds the vocabulary in the cues, offline: tokens, slang and stream terms from the glossary,
 * grammar patterns, difficulty, sentences and timestamp links. Refuses a transcript that is not
 * Japanese with a sentence saying so.
 */
export const analyzeStep = defineStep({
  id: 'vocabulary.analyze',
  version: 1,
  input: z.object({ cues: z.array(transcriptCueSchema), source: streamSourceSchema }),
  output: streamAnalysisSchema,
  async run(input, context) {
    context.progress(0, 'finding expressions');
    const analysis = await analyzeTranscript(input.cues, input.source, { signal: context.signal });
    context.progress(1, `${analysis.items.length} expressions`);
    return analysis;
  },
});
