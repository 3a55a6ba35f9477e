import { BadInputError } from '../../engine/errors/index.ts';
import { removeDelimited } from './remove-delimited.ts';

/** Most words one import takes (a large Anki collection has ~30 000 notes). */
export const mostKnownWords = 50_000;

/**
 * The words of a known-word list: one a line (a tab or comma ends the word, so exported CSV or Anki
 * text works too), blank lines and `#` comments skipped, HTML tags and furigana brackets removed.
 */
export function readWordList(text: string): string[] {
  const words = new Set<string>();
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const word = cleanWord(line.split(/[\t,]/)[0]);
    if (word && !word.startsWith('#')) words.add(word);
  }
  if (words.size > mostKnownWords) throw new BadInputError(`The list has ${words.size} words; import at most ${mostKnownWords} at a time.`);
  return [...words];
}

/**
 * A word as a note field or a list line holds it: `<b>食べる</b>` and `食[た]べる` become `食べる`.
 * Tags and brackets are removed in one pass each, since a line may be a whole request body long.
 */
export function cleanWord(raw: string): string {
  const untagged = removeDelimited(raw, '<', '>').replaceAll('&nbsp;', ' ');
  return removeDelimited(untagged, '[', ']').replace(/\s+/g, ' ').trim().slice(0, 100);
}
