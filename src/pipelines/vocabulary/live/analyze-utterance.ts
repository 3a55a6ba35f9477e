/**
 * The live mode's fast path: one recognised utterance (a sentence or two) becomes its study items
 * in about a millisecond once the tokenizer is built. It tokenises on the same bounded tokenizer
 * thread as the offline analyser, so a hostile utterance cannot hurt the server either. It reuses the offline analyser's pieces
 * (kuromoji, the glossary's longest match, the grammar rules, the learnable-word filter) but skips
 * what a transcript needs and an utterance does not: sentence building, times, links, the share
 * check and occurrence lists.
 */
import { detectGrammarPatterns } from '../analysis/detect-grammar-patterns.ts';
import { isLearnableWord } from '../analysis/is-learnable-word.ts';
import { lemmaReading } from '../analysis/lemma-reading.ts';
import { matchGlossary } from '../analysis/match-glossary.ts';
import { rateWordDifficulty } from '../analysis/rate-word-difficulty.ts';
import { streamGlossary, type GlossaryEntry } from '../analysis/stream-glossary.ts';
import { glossaryDraft, type MeaningLookup } from '../analysis/analyze-transcript.ts';
import { isThreadCrash, textAnalysis, type TextAnalysis } from '../analysis/analysis-thread-pool.ts';
import { BadInputError } from '../../../engine/errors/index.ts';
import type { LiveItem } from './live-vocabulary-messages.ts';

/** More items than a viewer can read before the next utterance; the rest are dropped. */
const maxItemsPerUtterance = 12;

/** Kana, kanji and the long-vowel mark: an utterance without any has nothing for kuromoji to find. */
const japaneseLetter = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]/u;

export async function analyzeUtterance(text: string, meanings?: MeaningLookup, analysis: TextAnalysis = textAnalysis()): Promise<LiveItem[]> {
  if (!japaneseLetter.test(text)) return [];
  const glossary = streamGlossary();
  const [tokens] = await analysis.tokenize([text]).catch((error: unknown) => {
    if (!isThreadCrash(error)) throw error;
    throw new BadInputError(`The text analysis ran out of memory twice on this ${text.length.toLocaleString('en-US')}-character utterance; send shorter sentences.`, { cause: error });
  });
  const items = new Map<string, LiveItem>();
  const add = (item: LiveItem) => {
    if (!items.has(item.dictionaryForm) && items.size < maxItemsPerUtterance) items.set(item.dictionaryForm, item);
  };
  const taken = new Uint8Array(tokens.length);
  for (const match of matchGlossary(tokens, glossary)) {
    taken.fill(1, match.from, match.to);
    add(fromGlossary(match.entry, match.entry.kind === 'grammar_pattern' ? match.entry.headword : match.surface));
  }
  for (const hit of detectGrammarPatterns(tokens, taken)) {
    const entry = glossary.byHeadword.get(hit.headword);
    if (!entry) continue;
    taken[hit.index] = 1;
    add(fromGlossary(entry, entry.headword));
  }
  tokens.forEach((token, index) => {
    if (taken[index] || !isLearnableWord(token)) return;
    const reading = lemmaReading(token);
    const english = meanings?.lookup(token.basicForm, reading) ?? null;
    add({
      expression: token.surface,
      dictionaryForm: token.basicForm,
      reading,
      english,
      meaningSource: english ? 'jmdict' : 'none',
      kind: 'word',
      difficulty: rateWordDifficulty(token.basicForm, token.wordCost),
      note: null,
    });
  });
  return [...items.values()];
}

function fromGlossary(entry: GlossaryEntry, expression: string): LiveItem {
  const { tags: _tags, ...item } = glossaryDraft(entry, expression);
  return item;
}
