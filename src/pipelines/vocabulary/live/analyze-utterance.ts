/**
 * The live mode's fast path: one recognised utterance (a sentence or two) becomes its study items
 * in about a millisecond once the tokenizer is built. It tokenises on the same bounded tokenizer
 * thread as the offline analyser, so a hostile utterance cannot hurt the server either. It finds items
 * as the offline analyser does (`findSentenceItems`: glossary, grammar rules, dictionary words) but skips
 * what a transcript needs and an utterance does not: sentence building, times, links, the share
 * check and occurrence lists.
 */
import { findSentenceItems } from '../analysis/find-sentence-items.ts';
import type { MeaningLookup } from '../analysis/meaning-lookup.ts';
import { streamGlossary } from '../analysis/stream-glossary.ts';
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
  for (const { draft } of findSentenceItems(tokens, glossary, meanings)) {
    const { tags: _tags, ...item } = draft;
    if (!items.has(item.dictionaryForm) && items.size < maxItemsPerUtterance) items.set(item.dictionaryForm, item);
  }
  return [...items.values()];
}
