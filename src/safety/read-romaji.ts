import { isKana, toHiragana, toKatakana, toRomaji } from 'wanakana';
import type { JapaneseIdeaReader } from './read-japanese-idea.ts';

/**
 * Share of an idea's words that must be Japanese words once written in kana for it to be read as romanised
 * Japanese. High on purpose: Italian, Swahili or Polish words often spell valid kana ("amici" あみち, "una" うな),
 * and only a line that is nearly all Japanese words is read as Japanese; anything less stays unreadable.
 */
const japaneseShare = 0.8;
const fewestWords = 3;

/**
 * A romanised Japanese idea ("yasashii doragon ga hi wo fuite ...") as hiragana words (wanakana), when
 * nearly all its words are Japanese words in kana (see JapaneseIdeaReader.isWord); else undefined.
 */
export function readRomaji(text: string, reader: JapaneseIdeaReader): string[] | undefined {
  const words = text.toLowerCase().normalize('NFKC').match(/[\p{L}'-]+/gu) ?? [];
  if (words.length < fewestWords) return undefined;
  const kana = words.map((word) => word.replace(/['-]/g, '')).map((word) => {
    const hiragana = toHiragana(word);
    if (!isKana(hiragana) || reader.isWord(hiragana)) return hiragana;
    const loanword = asLoanword(word);
    return reader.isWord(loanword) ? loanword : hiragana;
  });
  const japanese = kana.filter((word) => isKana(word) && reader.isWord(word)).length;
  return japanese / words.length >= japaneseShare ? kana : undefined;
}

const vowels = new Set(['ア', 'イ', 'ウ', 'エ', 'オ']);

/** A word as a loanword is written, in katakana with a long vowel as ー: "kukkii" クッキー, "keeki" ケーキ. */
function asLoanword(word: string): string {
  const katakana = [...toKatakana(word)];
  return katakana.map((letter, at) => (at > 0 && vowels.has(letter) && toRomaji(katakana[at - 1]).endsWith(toRomaji(letter)) ? 'ー' : letter)).join('');
}
