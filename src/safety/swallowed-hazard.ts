import { hypernymClosure, isKindOf, lemmasOf, senseOffset, sensesOf } from './wordnet-lexicon.ts';

/** Verbs of taking something into the mouth and down. */
const swallowing = new Set(['drink', 'swallow', 'gulp', 'eat', 'devour', 'guzzle', 'sip']);

/** Whether a word (as written) is a verb of swallowing: "drinks", "gulped", "ate". */
export function isSwallowingWord(word: string): boolean {
  return lemmasOf(word, 'verb').some((lemma) => swallowing.has(lemma));
}

/** Medicine (a drug), a household agent (bleach) or a chemical product (a cleaner), not food or drink: "water" and "juice" are neither. */
export function isSwallowedHazard(word: string): boolean {
  if (sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.food') return false;
  if (isKindOf(word, [['drug', 1], ['agent', 3]], 2)) return true;
  const chemical = senseOffset('chemical', 'noun', 1);
  return sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.artifact' && chemical !== undefined && hypernymClosure('noun', sense).has(chemical));
}

/** A drug is also what a sick child is given; another agent (bleach, a cleaner) is never swallowed. */
export function isMedicine(word: string): boolean {
  return isKindOf(word, [['drug', 1]], 2);
}

/** A battery or a magnet: swallowed, they burn through a gut (a robot that eats batteries is fed, see findBodyHarm). */
export function isSwallowedPart(word: string): boolean {
  return isKindOf(word, [['electric cell', 1], ['battery', 2], ['magnet', 1]], 2);
}

/** A machine, whose meal of batteries is a story's joke: below WordNet's machine or automaton. */
export function isMachine(word: string): boolean {
  return isKindOf(word, [['machine', 1], ['automaton', 1], ['automaton', 2]], 1);
}

/** A small hard thing a child swallows and chokes on or that blocks a gut: a coin, a marble, a bead, a pin, a button, a nail or a screw. */
export function isSmallHardThing(word: string): boolean {
  return isKindOf(word, [['coin', 1], ['marble', 2], ['bead', 1], ['pin', 1], ['button', 1], ['nail', 2], ['screw', 2]], 2);
}
