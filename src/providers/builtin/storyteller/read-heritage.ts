import { checkIdeaPart } from '../../../safety/check-idea-part.ts';
import { sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { warningCategoriesOf } from '../../../safety/warning-categories.ts';
import { capitalise } from './fill-template.ts';

/**
 * "A little Hindu girl", "a Muslim boy named Amir", "a Nigerian girl": the people or faith a parent gives the hero is who
 * the story is about, and was dropped as an unknown word ("a girl called Mia" for "a Muslim girl named Amira"). A heritage
 * word is one WordNet reads both as a describing word of relation (adj.pert: of Nigeria, of Islam) and as a person
 * ("a Nigerian", "a Muslim"), or a people WordNet names only as a noun ("Inuit", "Roma"); "a royal princess" and "a
 * musical boy" are neither. English writes them with a capital.
 */
export function namesHeritage(word: string): boolean {
  const relational = sensesOf(word, 'adj', 2).some((sense) => sense.lexicographerFile === 'adj.pert');
  // "Jewish", "Turkish": the stem before "-ish" is the person.
  const person = [word, word.replace(/ish$/, '')].some((noun) => sensesOf(noun, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.person'));
  // "Inuit", "Roma": a people WordNet has only as a noun, which the safety reader files as a people (never "gay", a describing word).
  const people = warningCategoriesOf(word).has('people-group') && sensesOf(word, 'adj').length === 0;
  return ((relational && person) || people) && checkIdeaPart(word, 'child').safe;
}

/** The heritage word just before the person the story is about (two words back at most: "a little Hindu girl"), or none. */
export function heritageBefore(words: readonly string[], personAt: number): string | undefined {
  if (personAt <= 0) return undefined;
  return words.slice(Math.max(0, personAt - 2), personAt).find(namesHeritage);
}

/** The hero's heritage as the words said just before the hero ("Hindu", as English writes a people or a faith), or none. */
export function heritageWords(heritage: string | undefined): string[] {
  return heritage ? [capitalise(heritage)] : [];
}
