/**
 * The hiragana reading of a token's dictionary form. kuromoji reads the surface (書い → カイ), so
 * the reading of 書く is the surface reading with the conjugated kana ending swapped for the
 * dictionary form's ending (カイ − い + く → かく).
 */
import { isKana, toHiragana as wanakanaHiragana } from 'wanakana';
import type { JapaneseToken } from './japanese-tokenizer.ts';

/** Hiragana, keeping katakana's long-vowel mark: スタート is すたーと, never すたあと. */
export const hiraganaReading = (text: string) => wanakanaHiragana(text, { convertLongVowelMark: false });
const toHiragana = hiraganaReading;

export function lemmaReading(token: JapaneseToken): string {
  const { surface, basicForm } = token;
  if (isKana(basicForm)) return toHiragana(basicForm);
  const reading = toHiragana(token.reading || surface);
  if (surface === basicForm) return reading;
  let shared = 0;
  while (shared < surface.length && shared < basicForm.length && surface[shared] === basicForm[shared]) shared += 1;
  const surfaceEnding = toHiragana(surface.slice(shared));
  const basicEnding = toHiragana(basicForm.slice(shared));
  if (!isKana(surfaceEnding || 'あ') || !isKana(basicEnding || 'あ') || !reading.endsWith(surfaceEnding)) return reading;
  return reading.slice(0, reading.length - surfaceEnding.length) + basicEnding;
}
