import type { IdeaGloss } from './gloss-idea.ts';
import type { JapaneseIdeaReader } from './read-japanese-idea.ts';
import { readRomaji } from './read-romaji.ts';

/** What the Japanese reader makes of one text: its English gloss, and for romanised Japanese, its kana. */
export interface JapaneseReading {
  gloss?: IdeaGloss;
  kana?: string;
}

/** The prompt check's view of the Japanese reader: a reading per text, worked out beforehand (on the reader's thread) or here. */
export interface JapaneseReadings {
  read(text: string): JapaneseReading | undefined;
}

const japaneseLetters = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** Whether a text is written in Japanese letters (kana or kanji) rather than romanised. */
export function hasJapaneseLetters(text: string): boolean {
  return japaneseLetters.test(text);
}

/** A text in Japanese letters glossed; a Latin-script one read as romanised Japanese when nearly all its words are (else nothing). */
export function readJapanese(reader: JapaneseIdeaReader, text: string): JapaneseReading {
  if (hasJapaneseLetters(text)) return { gloss: reader.gloss(text) };
  const kana = readRomaji(text, reader);
  return kana ? { gloss: reader.glossKana(kana), kana: kana.join(' ') } : {};
}

/** Readings worked out on demand by a reader in this thread (tests, benches). */
export function readingsFrom(reader: JapaneseIdeaReader): JapaneseReadings {
  return { read: (text) => readJapanese(reader, text) };
}
