import { isDictionaryWord } from './wordnet-lexicon.ts';
import { valenceOf, warningCategoriesOf, type WarningCategory } from './warning-categories.ts';

const harmful: WarningCategory[] = ['sexual', 'killing', 'harm', 'weapon', 'medicine', 'explosive', 'drug-of-abuse'];

/** Whether WordNet places a word under harm, sex, drugs or weapons. */
export function isFlaggedWord(word: string): boolean {
  return [...warningCategoriesOf(word)].some((category) => harmful.includes(category));
}

/**
 * The flagged word a disguised word stands for, or undefined. Only a word that is not in the dictionary
 * is read again, and only a flagged reading is kept, so "bats" is never read as "stab" nor "live" as "evil":
 * reversed ("llik", "efink"), or with a folded "1" read as "l" instead of "i" ("ki1l" folds to "kiil").
 */
export function readDisguisedWord(word: string): string | undefined {
  if (word.length < 3 || !/^[a-z]+$/.test(word) || isDictionaryWord(word)) return undefined;
  const reversed = [...word].reverse().join('');
  // Reversed, a harsh verb too ("toohs", "nword"): a word that is no word forwards and a negative one backwards is no accident.
  if (isFlaggedWord(reversed) || (valenceOf(reversed) < 0 && isDictionaryWord(reversed))) return reversed;
  const readings: string[] = [];
  for (let index = 0; index < word.length; index += 1) if (word[index] === 'i') readings.push(`${word.slice(0, index)}l${word.slice(index + 1)}`);
  return readings.find(isFlaggedWord);
}

/** Folded text with each disguised word written as the flagged word it stands for, and words split by "-", "." or "_" joined when that makes one ("kni-fe"). */
export function readDisguisedWords(folded: string): string {
  const joined = folded.replace(/\b[a-z]+(?:[-._][a-z]+)+\b/g, (chunks) => {
    const word = chunks.replace(/[-._]/g, '');
    return !isDictionaryWord(chunks.replace(/[._]/g, '-')) && isFlaggedWord(word) ? word : chunks;
  });
  return joined.replace(/\b[a-z]{3,}\b/g, (word) => readDisguisedWord(word) ?? word);
}
