import { isKindOf, lemmasOf, sensesOf } from './wordnet-lexicon.ts';

// Whether a word names people, read from WordNet: shared by find-group-judgement.ts, groups-marked.ts and harsh-word-on-group.ts.

/** A group named by sex: women, girls, boys, men (below WordNet's female or male person). */
export function isSexGroup(word: string): boolean {
  return isKindOf(word, [['female', 2], ['male', 2]], 2);
}

/** A noun whose commonest meaning in WordNet is a person or a group of people ("neighbours", "tribe"), or people, persons, kids. */
export function isPeople(word: string): boolean {
  // "Who" is the World Health Organization in WordNet, and "attic" an Athenian: "the attic who" names no people.
  if (/^(?:who|whom|that|which)$/.test(word)) return false;
  const [first] = sensesOf(word, 'noun', 1);
  // "Kids" are young goats first in WordNet, and children in every idea; "person" is filed with the top words, not people.
  return first?.lexicographerFile === 'noun.person' || first?.lexicographerFile === 'noun.group' || /^(?:people|persons?|kids?)$/.test(word);
}

/** People in the plural ("kids", "neighbours", "children") or as one group ("family", "tribe": WordNet's noun.group). */
export function isPlural(word: string): boolean {
  return /^(?:people|children|men|women|folk|folks)$/.test(word) || (word.endsWith('s') && lemmasOf(word, 'noun').some((lemma) => lemma !== word))
    || sensesOf(word, 'noun', 1)[0]?.lexicographerFile === 'noun.group';
}
