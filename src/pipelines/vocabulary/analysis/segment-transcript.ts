/**
 * A transcript cut into words as the extraction cuts it, for the reader: the same sentences
 * (`prepare`), the same tokenizer thread and the same item finder (`findSentenceItems`), so a word
 * the reader marks is exactly the stretch of text the analysis made an item of. Whatever is no item
 * (particles, everyday words, punctuation) stays as plain text between the items.
 */
import type { TranscriptCue } from '../vocabulary-contracts.ts';
import { textAnalysis, type TextAnalysis } from './analysis-thread-pool.ts';
import { findSentenceItems } from './find-sentence-items.ts';
import type { MeaningLookup } from './meaning-lookup.ts';
import { isContentToken } from './is-learnable-word.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';
import { streamGlossary } from './stream-glossary.ts';

/** A stretch of one cue's text: an item of the analysis, or the plain text between items. */
export interface CueSegment {
  text: string;
  /** The item's dictionary form and reading, which name its expression; absent for plain text. */
  item?: { dictionaryForm: string; reading: string };
  /** Running words in it, as the stream's token count counts them (particles and symbols are none). */
  words: number;
}

export interface SegmentOptions {
  meanings?: MeaningLookup;
  signal?: AbortSignal;
  textAnalysis?: TextAnalysis;
}

/** Sentences sent to the thread at once: as the analysis batches them, so no one batch holds the thread long. */
const batchSentences = 25;

/** One list of segments per cue, in cue order (a cue with no text has none). */
export async function segmentTranscript(cues: TranscriptCue[], options: SegmentOptions = {}): Promise<CueSegment[][]> {
  const analysis = options.textAnalysis ?? textAnalysis();
  const { sentences } = await analysis.prepare(cues, options.signal);
  const glossary = streamGlossary();
  const segments: CueSegment[][] = cues.map(() => []);
  for (let from = 0; from < sentences.length; from += batchSentences) {
    const batch = sentences.slice(from, from + batchSentences);
    const tokenLists = await analysis.tokenize(batch.map((sentence) => sentence.text), options.signal);
    batch.forEach((sentence, index) => segments[sentence.cue].push(...sentenceSegments(tokenLists[index], glossary, options.meanings)));
  }
  return segments;
}

function sentenceSegments(tokens: JapaneseToken[], glossary: ReturnType<typeof streamGlossary>, meanings: MeaningLookup | undefined): CueSegment[] {
  const items = findSentenceItems(tokens, glossary, meanings).sort((first, second) => first.from - second.from);
  const result: CueSegment[] = [];
  const plain = (to: number, at: number) => {
    if (to <= at) return;
    const run = tokens.slice(at, to);
    const text = run.map((token) => token.surface).join('');
    const previous = result.at(-1);
    // Neighbouring plain runs are one segment: the page draws fewer elements for the same text.
    if (previous && !previous.item) {
      previous.text += text;
      previous.words += run.filter(isContentToken).length;
    } else result.push({ text, words: run.filter(isContentToken).length });
  };
  let at = 0;
  for (const { draft, from, to } of items) {
    // Items never overlap (each pass skips taken tokens); a stray overlap is drawn as plain text rather than twice.
    if (from < at) continue;
    plain(from, at);
    const run = tokens.slice(from, to);
    result.push({
      text: run.map((token) => token.surface).join(''),
      item: { dictionaryForm: draft.dictionaryForm, reading: draft.reading },
      words: Math.max(1, run.filter(isContentToken).length),
    });
    at = to;
  }
  plain(tokens.length, at);
  return result;
}
