import { hypernymClosure, senseOffset, sensesOf } from './wordnet-lexicon.ts';

let plaything: number | undefined;

/** Whether WordNet's commonest meaning of a name is a toy ("water pistol", "popgun", "squirt gun"). */
function isToyName(name: string): boolean {
  plaything ??= senseOffset('plaything', 'noun', 1);
  const commonest = sensesOf(name, 'noun', 1)[0];
  return plaything !== undefined && commonest !== undefined && hypernymClosure('noun', commonest).has(plaything);
}

/**
 * Folded text (normalizeForMatching) with the two-word names of toys blanked, written apart or with a hyphen
 * ("a water-pistol battle", "squirt guns"): WordNet files them under plaything, so a toy is never read as the weapon
 * its second word names. A real gun beside them ("a water pistol and a real rifle") is still read.
 */
export function blankToyNames(folded: string): string {
  const words = [...folded.matchAll(/[a-z]+/g)];
  const toys: Array<[number, number]> = [];
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [first, second] = [words[at], words[at + 1]];
    const between = folded.slice(first.index + first[0].length, second.index);
    if (/^(?:\s+|-)$/.test(between) && isToyName(`${first[0]} ${second[0]}`)) toys.push([first.index, second.index + second[0].length]);
  }
  return toys.reduceRight((text, [start, end]) => `${text.slice(0, start)} ~ ${text.slice(end)}`, folded);
}
