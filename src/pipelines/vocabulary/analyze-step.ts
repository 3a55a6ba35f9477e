import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { analyzeTranscript } from './analysis/analyze-transcript.ts';
import { chooseDictionary, loadDictionary } from './analysis/choose-dictionary.ts';
import { streamAnalysisSchema, streamSourceSchema, transcriptCueSchema } from './vocabulary-contracts.ts';
import { optionalService } from '../../runtime/step-services.ts';

/**
 * Finds the vocabulary in the cues, offline: tokens, slang and stream terms from the glossary,
 * grammar patterns, difficulty, sentences and timestamp links, with dictionary meanings (the
 * configured JMdict file, else Debian's EDICT) unless the job asked for none. Refuses a transcript
 * that is not Japanese with a sentence saying so.
 */
export const analyzeStep = defineStep({
  id: 'vocabulary.analyze',
  version: 2,
  // `dictionary` names the dictionary and its version, so installing or changing one redoes the analysis rather than reusing it.
  input: z.object({ cues: z.array(transcriptCueSchema), source: streamSourceSchema, dictionary: z.string().default('none') }),
  output: streamAnalysisSchema,
  async run(input, context) {
    const config = optionalService(context.services, 'config');
    const choice = config && input.dictionary !== 'none' ? chooseDictionary(config.vocabulary?.jmdictPath) : undefined;
    context.progress(0, choice && choice.kind !== 'none' ? `reading the ${choice.kind === 'edict' ? 'EDICT' : 'JMdict'} dictionary` : 'finding expressions');
    const meanings = choice && config ? await loadDictionary(choice, config.dataDir) : undefined;
    context.progress(0.2, 'finding expressions');
    const analysis = await analyzeTranscript(input.cues, input.source, { signal: context.signal, meanings });
    context.progress(1, `${analysis.items.length} expressions`);
    return analysis;
  },
});
