/**
 * Offline analysis of a stream transcript, no model needed: each cue (split after 。!?) is read on
 * its own, never joined to the next, so no item is made of two cues' characters (an example may
 * show a cue that stops mid-phrase beside the next, marked: example-across-cues.ts). It is tokenised by
 * kuromoji (IPADIC) on the tokenizer thread, in batches, so neither its time nor its memory lands on
 * the server's event loop; `findSentenceItems` reads the items out of the tokens with the glossary
 * and the dictionary. Meanings come from the stream glossary, the dictionary (EDICT or JMdict), or
 * nowhere (`meaningSource: 'none'`); `enrichWithTextModel` can add the rest.
 */
import { BadInputError } from '../../../engine/errors/index.ts';
import { linkAt } from '../transcripts/link-at.ts';
import { checkTranscriptSize, describeLongestLine } from '../transcripts/transcript-limits.ts';
import type { StreamAnalysis, StreamSource, TranscriptCue } from '../vocabulary-contracts.ts';
import { isThreadCrash, textAnalysis, type TextAnalysis } from './analysis-thread-pool.ts';
import { endsMidPhrase, exampleAcrossCues } from './example-across-cues.ts';
import { exampleSentence } from './example-sentence.ts';
import { findSentenceItems } from './find-sentence-items.ts';
import { isContentToken } from './is-learnable-word.ts';
import { ItemCollector } from './item-collector.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';
import type { MeaningLookup } from './meaning-lookup.ts';
import { streamGlossary } from './stream-glossary.ts';

export type { MeaningLookup } from './meaning-lookup.ts';
export { glossaryDraft } from './find-sentence-items.ts';

export interface AnalyzeOptions {
  meanings?: MeaningLookup;
  signal?: AbortSignal;
  /** Where the share, sentences and tokens are worked out; default the analysis thread. */
  textAnalysis?: TextAnalysis;
}

/** Below this share of Japanese letters the transcript is not Japanese speech. */
export const minimumJapaneseShare = 0.3;

/**
 * A batch sent to the analysis thread: small enough that collecting its items holds the event loop
 * for a few milliseconds, and that a live utterance waits behind one batch at most.
 */
const batchSentences = 25;
const batchChars = 1000;

export async function analyzeTranscript(cues: TranscriptCue[], source: StreamSource = {}, options: AnalyzeOptions = {}): Promise<StreamAnalysis> {
  // Parsed transcripts were checked at upload; cues from a transcribed recording are checked here.
  checkTranscriptSize(cues);
  const analysis = options.textAnalysis ?? textAnalysis();
  const crashed = (error: unknown): never => {
    if (!isThreadCrash(error)) throw error;
    throw new BadInputError(
      `The text analysis ran out of memory twice on this transcript; ${describeLongestLine(cues)}. Break long lines into sentences (or check that the file is a transcript) and upload it again.`,
      { cause: error },
    );
  };
  // Both passes over the whole transcript run on the thread too: on a three-hour stream each held the event loop for ~100 ms.
  const { share, sentences } = await analysis.prepare(cues, options.signal).catch(crashed);
  if (share < minimumJapaneseShare) {
    throw new BadInputError(
      `${Math.round(share * 100)}% of the letters are Japanese; the vocabulary studio needs a Japanese transcript (at least ${minimumJapaneseShare * 100}%). Check that the right subtitle track was uploaded.`,
    );
  }
  const glossary = streamGlossary();
  const collector = new ItemCollector();
  let tokenCount = 0;
  // Which sentences stop mid-phrase at the end of their cue, known once each is tokenised (in order).
  const midPhrase = new Uint8Array(sentences.length);
  for (let from = 0; from < sentences.length;) {
    options.signal?.throwIfAborted();
    let to = from + 1;
    for (let chars = sentences[from].text.length; to < sentences.length && to - from < batchSentences && chars + sentences[to].text.length <= batchChars; to += 1) {
      chars += sentences[to].text.length;
    }
    const batch = sentences.slice(from, to);
    const tokenLists = await analysis.tokenize(batch.map((sentence) => sentence.text), options.signal).catch(crashed);
    batch.forEach((sentence, index) => {
      const at = from + index;
      if (sentences[at + 1]?.cue !== sentence.cue && endsMidPhrase(tokenLists[index])) midPhrase[at] = 1;
      tokenCount += collectSentence(at, tokenLists[index], collector, options.meanings, source);
    });
    from = to;
  }
  const warnings: string[] = [];
  if (cues.every((cue) => cue.start === null)) warnings.push('The transcript has no times, so occurrences have no times or links.');
  return {
    items: collector.list(),
    sentences: sentences.map(({ text, start, end }) => ({ text, start, end })),
    tokenCount,
    japaneseShare: share,
    warnings,
  };

  function collectSentence(at: number, tokens: JapaneseToken[], items: ItemCollector, meanings: MeaningLookup | undefined, streamSource: StreamSource): number {
    const sentence = sentences[at];
    const offsets: number[] = [];
    let offset = 0;
    for (const token of tokens) {
      offsets.push(offset);
      offset += token.surface.length;
    }
    offsets.push(offset);
    for (const { draft, from, to } of findSentenceItems(tokens, glossary, meanings)) {
      items.add(draft, {
        sentence: exampleAcrossCues(sentences, midPhrase, at, exampleSentence(sentence.text, offsets, from, to)), start: sentence.start, end: sentence.end, link: linkAt(streamSource, sentence.start),
      });
    }
    return tokens.filter(isContentToken).length;
  }
}
