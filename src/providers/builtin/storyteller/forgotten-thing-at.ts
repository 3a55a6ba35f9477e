import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { forgettingWords } from './wanting-words.ts';
import { nounAfter, possessiveWords } from './noun-after.ts';

/** "forgets where she hid", "forgot where he put": the index of the verb saying where the thing went, or -1. */
export function forgottenPlaceAt(words: readonly string[]): number {
  const at = words.findIndex((word, index) => (forgettingWords.has(word) || word === 'forget') && words[index + 1] === 'where');
  if (at < 0) return -1;
  return words.findIndex((word, index) => index > at + 1 && index <= at + 4 && lemmasOf(word, 'verb').some((lemma) => lemma !== word));
}

/**
 * "forgot her lunchbox at home", "left his scarf on the bus": a made thing of the hero's own, forgotten or left behind, is
 * lost as any lost thing is (never a birthday, a song or a friend, which no one puts back beside the bed).
 */
export function forgottenThingAt(words: readonly string[]): number {
  return words.findIndex((word, at) => (forgettingWords.has(word) || word === 'left' || word === 'leaves') && possessiveWords.has(words[at + 1] ?? '')
    && [nounAfter(words, at)].some((thing) => thing !== undefined && sensesOf(thing, 'noun', 1)[0]?.lexicographerFile === 'noun.artifact'));
}
