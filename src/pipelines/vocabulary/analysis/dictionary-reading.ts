/**
 * The reading an item shows: the dictionary's when the headword has only one (罰ゲーム ばつげーむ,
 * where kuromoji read 罰 alone as ばち), else kuromoji's reading of the dictionary form. Always in
 * hiragana with katakana's long-vowel mark kept (スタート すたーと, never すたあと).
 */
import type { MeaningLookup } from './find-sentence-items.ts';
import type { JapaneseToken } from './japanese-tokenizer.ts';
import { hiraganaReading, lemmaReading } from './lemma-reading.ts';

export function dictionaryReading(token: JapaneseToken, meanings?: MeaningLookup): string {
  const readings = new Set((meanings?.readingsOf?.(token.basicForm) ?? []).map(hiraganaReading));
  if (readings.size === 1) return [...readings][0];
  return lemmaReading(token);
}
