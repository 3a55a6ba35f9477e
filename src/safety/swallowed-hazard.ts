import { hypernymClosure, lemmasOf, senseOffset, sensesOf } from './wordnet-lexicon.ts';

/** Verbs of taking something into the mouth and down. */
const swallowing = new Set(['drink', 'swallow', 'gulp', 'eat', 'devour', 'guzzle', 'sip']);

let anchors: { drug?: number; agent?: number; chemical?: number } | undefined;
function anchorsOf() {
  anchors ??= { drug: senseOffset('drug', 'noun', 1), agent: senseOffset('agent', 'noun', 3), chemical: senseOffset('chemical', 'noun', 1) };
  return anchors;
}

const below = (word: string, offset: number | undefined, senses: number) => sensesOf(word, 'noun', senses).some((sense) => hypernymClosure('noun', sense).has(offset ?? -1));

/** Whether a word (as written) is a verb of swallowing: "drinks", "gulped", "ate". */
export function isSwallowingWord(word: string): boolean {
  return lemmasOf(word, 'verb').some((lemma) => swallowing.has(lemma));
}

/** Medicine (a drug), a household agent (bleach) or a chemical product (a cleaner), not food or drink: "water" and "juice" are neither. */
export function isSwallowedHazard(word: string): boolean {
  const { drug, agent, chemical } = anchorsOf();
  return sensesOf(word, 'noun', 1)[0]?.lexicographerFile !== 'noun.food'
    && (below(word, drug, 2) || below(word, agent, 2) || sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.artifact' && hypernymClosure('noun', sense).has(chemical ?? -1)));
}

/** A drug is also what a sick child is given; another agent (bleach, a cleaner) is never swallowed. */
export function isMedicine(word: string): boolean {
  return below(word, anchorsOf().drug, 2);
}
