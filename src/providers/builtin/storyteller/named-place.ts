import { checkIdeaPart } from '../../../safety/index.ts';
import { nounClassesOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';

/** A name written as names are ("mars" → "Mars", "new jersey" → "New Jersey"). */
export const capitalised = (name: string) => name.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());

/**
 * "Mars", "Antarctica", "Spain", "Paris": a place WordNet knows by its name, as the story says it: a planet it names
 * ("the planet Mars", which the illustrator draws as space), or the continent, polar region, country or town that is the
 * word's commonest meaning; undefined for a word whose commonest meaning is a kind of thing ("turkey" is the bird first;
 * "china" is the country before the plates, so it is a place).
 */
export function namedPlace(word: string): string | undefined {
  // "came to us", "goes to me": two letters are an abbreviation to WordNet (the US, Maine, Ohio), never a place an idea names.
  if (word.length < 3) return undefined;
  const senses = sensesOf(word, 'noun');
  // Only a word that is first a name: "mercury" is first the metal, never a place to go.
  if (senses[0]?.instance !== true || !checkIdeaPart(word, 'child').safe) return undefined;
  // "fly to Neptune": a planet's name is the planet where a going word leads, though it names a god first.
  if (senses.some((sense) => sense.instance === true && nounClassesOf(sense).has('planet'))) return `the planet ${capitalised(word)}`;
  const [first] = senses;
  return first.lexicographerFile === 'noun.location' || nounClassesOf(first).has('continent') ? capitalised(word) : undefined;
}

/** Whether the phrase is a place known by its name as namedPlace writes it ("Antarctica", "the planet Mars"), never any capitalised word. */
export function isKnownNamedPlace(phrase: string): boolean {
  const name = phrase.replace(/^the planet /u, '').toLowerCase();
  return /^\p{L}+$/u.test(name) && namedPlace(name) === phrase;
}
