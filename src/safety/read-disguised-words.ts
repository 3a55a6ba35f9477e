import { isDictionaryWord, lemmasOf } from './wordnet-lexicon.ts';
import { valenceOf, warningCategoriesOf, type WarningCategory } from './warning-categories.ts';

// Most serious first: the order a masked word's readings are ranked in.
const harmful: WarningCategory[] = ['killing', 'sexual', 'harm', 'weapon', 'explosive', 'drug-of-abuse', 'medicine'];

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
  return readings.find(isFlaggedWord) ?? readStretchedWord(word);
}

const alphabet = [...'abcdefghijklmnopqrstuvwxyz'];

/**
 * The harmful word a masked word stands for ("k*lls", "sh**ts", "g#n"), or undefined: each run of one or
 * two masks is filled with letters, and a filling is kept only when WordNet flags the word it makes or
 * AFINN rates it harsh, so "st*rs" stays masked rather than becoming a harmful guess.
 */
export function readMaskedWord(word: string): string | undefined {
  const runs = word.match(/[*#]+/g) ?? [];
  // At most two masked letters: 676 readings, and a word with more hidden is no longer readable.
  if (runs.length === 0 || runs.join('').length > 2 || word.replace(/[*#]/g, '').length < 2) return undefined;
  let readings = [''];
  for (const part of word.split(/([*#]+)/)) {
    const fillings = /^[*#]+$/.test(part) ? (part.length === 1 ? alphabet : alphabet.flatMap((first) => alphabet.map((second) => first + second))) : [part];
    readings = readings.flatMap((reading) => fillings.map((filling) => reading + filling));
  }
  // A mask hides the worst word it fits: "g*n" is "gun" before "gin", so readings are ranked by the first harmful category they fall in.
  // AFINN rates the plain verb ("shoot"), so an inflected reading ("shoots") is rated by its lemma.
  const valence = (reading: string) => Math.min(valenceOf(reading), ...lemmasOf(reading, 'verb').map(valenceOf));
  const rank = (reading: string) => { const index = harmful.findIndex((category) => warningCategoriesOf(reading).has(category)); return index >= 0 ? index : harmful.length - valence(reading); };
  const harsh = readings.filter((reading) => isFlaggedWord(reading) || (valence(reading) < 0 && isDictionaryWord(reading)));
  return harsh.sort((first, second) => rank(first) - rank(second))[0];
}

/** A word with a letter held ("kiiill", "stabbbs") read as the flagged word it stretches, or undefined. */
function readStretchedWord(word: string): string | undefined {
  if (!/(.)\1\1/.test(word)) return undefined;
  return [word.replace(/(.)\1+/g, '$1'), word.replace(/(.)\1+/g, '$1$1')].find(isFlaggedWord);
}

/**
 * Folded text with each disguised word written as the flagged word it stands for, and words split by "-", "." or "_"
 * joined when that makes one ("kni-fe"). `names`: words written as names in the idea, left as they are ("their Eid party"
 * is no "die party"; WordNet has no Eid).
 */
export function readDisguisedWords(folded: string, names: ReadonlySet<string> = new Set()): string {
  const joined = folded.replace(/\b[a-z]+(?:[-._][a-z]+)+\b/g, (chunks) => {
    const word = chunks.replace(/[-._]/g, '');
    return !isDictionaryWord(chunks.replace(/[._]/g, '-')) && isFlaggedWord(word) ? word : chunks;
  });
  return joined.replace(/\b[a-z]{3,}\b/g, (word) => (names.has(word) ? word : readDisguisedWord(word) ?? word));
}
