import type { StreamSource, TranscriptCue } from '../vocabulary-contracts.ts';
import { newAnalysisThread, sharedTextAnalysis, type AnalysisThreadPool, type PreparedTranscript, type TextAnalysis } from './analysis-thread-pool.ts';
import { analyzeTranscript } from './analyze-transcript.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';

export interface TokenizeAheadOptions {
  /** Answers what was not worked out ahead (other cues, other texts); default the process's analysis thread. */
  fallback?: () => TextAnalysis;
  /** The ahead thread; tests hand in their own. Closed before `tokenizeAhead` returns. */
  pool?: AnalysisThreadPool;
}

/** The cues' identity, whatever order a parser or a schema wrote their fields in. */
const cuesKey = (cues: TranscriptCue[]) => JSON.stringify(cues.map((cue) => [cue.start, cue.end, cue.text]));

/**
 * For a one-shot `kiln vocab extract`: works out the transcript's sentences and kuromoji tokens on
 * a thread of its own, ends that thread (its heap, ~280 MB with the dictionary, goes with it), and
 * returns a text analysis that answers the vocabulary pipeline from what it kept. The command opens
 * the database (~280 MB more for PGlite) only after this, so the two are never held at once.
 *
 * The pass runs `analyzeTranscript` itself, so the batches and texts are the ones the pipeline's
 * analyze step asks for; its items are thrown away (that step finds them again, with the
 * dictionary). Anything not kept, or a pass that failed (the pipeline meets that failure again and
 * reports it as usual), goes to `fallback`. Undefined when `KILN_VOCABULARY_THREAD=0` keeps the
 * analysis on the calling thread, where kuromoji could not be let go.
 */
export async function tokenizeAhead(cues: TranscriptCue[], source: StreamSource, options: TokenizeAheadOptions = {}): Promise<TextAnalysis | undefined> {
  if (!options.pool && process.env.KILN_VOCABULARY_THREAD === '0') return undefined;
  const pool = options.pool ?? newAnalysisThread();
  const prepared = new Map<string, PreparedTranscript>();
  const tokens = new Map<string, JapaneseToken[]>();
  const recorder: TextAnalysis = {
    async prepare(given, signal) {
      const answer = await pool.prepare(given, signal);
      prepared.set(cuesKey(given), answer);
      return answer;
    },
    async tokenize(texts, signal) {
      const lists = await pool.tokenize(texts, signal);
      texts.forEach((text, index) => tokens.set(text, lists[index]));
      return lists;
    },
  };
  try {
    await analyzeTranscript(cues, source, { textAnalysis: recorder });
  } catch {
    // Not Japanese, or too much for the thread: the analyze step meets it again and says so.
  } finally {
    await pool.close();
  }
  const fallback = options.fallback ?? sharedTextAnalysis;
  return {
    async prepare(given, signal) {
      return prepared.get(cuesKey(given)) ?? fallback().prepare(given, signal);
    },
    async tokenize(texts, signal) {
      signal?.throwIfAborted();
      return texts.every((text) => tokens.has(text)) ? texts.map((text) => tokens.get(text)!) : fallback().tokenize(texts, signal);
    },
  };
}
