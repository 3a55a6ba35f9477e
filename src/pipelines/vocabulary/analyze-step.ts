import { z } from 'zod';
import type { KilnConfig } from '../../config/index.ts';
import { defineStep } from '../../engine/step.ts';
import { analyzeTranscript } from './analysis/analyze-transcript.ts';
import { loadJmdict, type JmdictIndex } from './analysis/load-jmdict.ts';
import { streamAnalysisSchema, streamSourceSchema, transcriptCueSchema } from './vocabulary-contracts.ts';

// A JMdict file takes seconds to read; kept per path for the life of the process.
const dictionaries = new Map<string, Promise<JmdictIndex>>();

function dictionaryAt(path: string): Promise<JmdictIndex> {
  let loading = dictionaries.get(path);
  if (!loading) {
    loading = loadJmdict(path);
    dictionaries.set(path, loading);
    loading.catch(() => dictionaries.delete(path));
  }
  return loading;
}

/**
 * Finds the vocabulary in the cues, offline: tokens, slang and stream terms from the glossary,
 * grammar patterns, difficulty, sentences and timestamp links, with JMdict meanings when the config
 * names a JMdict file. Refuses a transcript that is not Japanese with a sentence saying so.
 */
export const analyzeStep = defineStep({
  id: 'vocabulary.analyze',
  version: 1,
  // `jmdict` says whether the config named a dictionary, so adding one redoes the analysis rather than reusing it.
  input: z.object({ cues: z.array(transcriptCueSchema), source: streamSourceSchema, jmdict: z.boolean().default(false) }),
  output: streamAnalysisSchema,
  async run(input, context) {
    const jmdictPath = (context.services.config as KilnConfig | undefined)?.vocabulary?.jmdictPath;
    context.progress(0, jmdictPath && input.jmdict ? 'reading the JMdict dictionary' : 'finding expressions');
    const meanings = jmdictPath && input.jmdict ? await dictionaryAt(jmdictPath) : undefined;
    context.progress(0.2, 'finding expressions');
    const analysis = await analyzeTranscript(input.cues, input.source, { signal: context.signal, meanings });
    context.progress(1, `${analysis.items.length} expressions`);
    return analysis;
  },
});
