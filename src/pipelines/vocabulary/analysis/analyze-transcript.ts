/**
 * Offline analysis of a stream transcript, no model needed: cues are joined into sentences, each
 * sentence is tokenised by kuromoji (IPADIC) on the tokenizer thread, in batches, so neither its
 * time nor its memory lands on the server's event loop; glossary expressions are glued back together by
 * longest match, casual grammar patterns are found by rule, and the remaining content words become
 * items when they are worth learning. Meanings come from the stream glossary, an optional JMdict
 * file, or nowhere (`meaningSource: 'none'`); `enrichWithTextModel` can add the rest.
 */
import { BadInputError } from '../../../engine/errors/index.ts';
import { linkAt } from '../transcripts/link-at.ts';
import { checkTranscriptSize, describeLongestLine } from '../transcripts/transcript-limits.ts';
import type { StreamAnalysis, StreamSource, TranscriptCue } from '../vocabulary-contracts.ts';
import { isThreadCrash, textAnalysis, type TextAnalysis } from './analysis-thread-pool.ts';
import { pieceAt, type BuiltSentence } from './build-sentences.ts';
import { detectGrammarPatterns } from './detect-grammar-patterns.ts';
import { isContentToken, isLearnableWord } from './is-learnable-word.ts';
import { ItemCollector, type ItemDraft } from './item-collector.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';
import { lemmaReading } from './lemma-reading.ts';
import { matchGlossary } from './match-glossary.ts';
import { rateWordDifficulty } from './rate-word-difficulty.ts';
import { streamGlossary, type GlossaryEntry } from './stream-glossary.ts';

/** English meanings for ordinary words, e.g. a loaded JMdict file. */
export interface MeaningLookup {
  lookup(dictionaryForm: string, reading: string): string | null;
}

export interface AnalyzeOptions {
  meanings?: MeaningLookup;
  /** Seconds of silence between cues that end a sentence (default 1). */
  pauseSeconds?: number;
  /** Longest sentence in characters before it is cut (default 120). */
  maxSentenceChars?: number;
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
  const { share, sentences } = await analysis.prepare(cues, { pauseSeconds: options.pauseSeconds, maxChars: options.maxSentenceChars }, options.signal).catch(crashed);
  if (share < minimumJapaneseShare) {
    throw new BadInputError(
      `${Math.round(share * 100)}% of the letters are Japanese; the vocabulary studio needs a Japanese transcript (at least ${minimumJapaneseShare * 100}%). Check that the right subtitle track was uploaded.`,
    );
  }
  const glossary = streamGlossary();
  const collector = new ItemCollector();
  let tokenCount = 0;
  for (let from = 0; from < sentences.length;) {
    options.signal?.throwIfAborted();
    let to = from + 1;
    for (let chars = sentences[from].text.length; to < sentences.length && to - from < batchSentences && chars + sentences[to].text.length <= batchChars; to += 1) {
      chars += sentences[to].text.length;
    }
    const batch = sentences.slice(from, to);
    const tokenLists = await analysis.tokenize(batch.map((sentence) => sentence.text), options.signal).catch(crashed);
    batch.forEach((sentence, index) => {
      tokenCount += collectSentence(sentence, tokenLists[index], collector, options.meanings, source, glossary.byHeadword);
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

  function collectSentence(
    sentence: BuiltSentence, tokens: JapaneseToken[], items: ItemCollector, meanings: MeaningLookup | undefined,
    streamSource: StreamSource, byHeadword: Map<string, GlossaryEntry>,
  ): number {
    const offsets: number[] = [];
    let offset = 0;
    for (const token of tokens) {
      offsets.push(offset);
      offset += token.surface.length;
    }
    const occurrenceAt = (tokenIndex: number) => {
      const piece = pieceAt(sentence, offsets[tokenIndex]);
      return { sentence: sentence.text, start: piece.start, end: piece.end, link: linkAt(streamSource, piece.start) };
    };
    const taken = new Uint8Array(tokens.length);
    for (const match of matchGlossary(tokens, glossary)) {
      taken.fill(1, match.from, match.to);
      items.add(glossaryDraft(match.entry, match.entry.kind === 'grammar_pattern' ? match.entry.headword : match.surface), occurrenceAt(match.from));
    }
    for (const hit of detectGrammarPatterns(tokens, taken)) {
      const entry = byHeadword.get(hit.headword);
      if (!entry) continue;
      taken[hit.index] = 1;
      items.add(glossaryDraft(entry, entry.headword), occurrenceAt(hit.index));
    }
    let content = 0;
    tokens.forEach((token, tokenIndex) => {
      if (isContentToken(token)) content += 1;
      if (taken[tokenIndex] || !isLearnableWord(token)) return;
      items.add(wordDraft(token, meanings), occurrenceAt(tokenIndex));
    });
    return content;
  }
}

/** An item for a glossary expression as it was said; the live mode builds its items from it too. */
export function glossaryDraft(entry: GlossaryEntry, expression: string): ItemDraft {
  return {
    expression,
    dictionaryForm: entry.headword,
    reading: entry.reading,
    english: entry.english,
    meaningSource: 'glossary',
    kind: entry.kind,
    difficulty: entry.difficulty,
    tags: ['glossary'],
    note: entry.note,
  };
}

function wordDraft(token: JapaneseToken, meanings: MeaningLookup | undefined): ItemDraft {
  const reading = lemmaReading(token);
  const english = meanings?.lookup(token.basicForm, reading) ?? null;
  return {
    expression: token.surface,
    dictionaryForm: token.basicForm,
    reading,
    english,
    meaningSource: english ? 'jmdict' : 'none',
    kind: 'word',
    difficulty: rateWordDifficulty(token.basicForm, token.wordCost),
    tags: [token.pos],
    note: null,
  };
}
