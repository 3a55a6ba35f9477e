import { checkIdeaPart } from '../../../safety/index.ts';
import { nounClassesOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';

/** A name written as names are ("mars" → "Mars", "new jersey" → "New Jersey"). */
export const capitalised = (name: string) => name.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());

/**
 * "Mars", "Antarctica", "Spain", "Paris": a place WordNet knows by its name, as the story says it, when the word's commonest
 * meaning is that one named planet ("the planet Mars", which the illustrator draws as space), continent, polar region,
 * country or town; undefined for a word whose commonest meaning is a kind of thing ("turkey" is the bird; "china" is
 * the country before the plates, so it is a place).
 */
export function namedPlace(word: string): string | undefined {
  const [first] = sensesOf(word, 'noun', 1);
  if (first?.instance !== true || !checkIdeaPart(word, 'child').safe) return undefined;
  const classes = nounClassesOf(first);
  if (classes.has('planet')) return `the planet ${capitalised(word)}`;
  return first.lexicographerFile === 'noun.location' || classes.has('continent') ? capitalised(word) : undefined;
}
