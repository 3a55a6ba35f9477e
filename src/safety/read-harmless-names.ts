import { hypernymClosure, senseOffset, sensesOf } from './wordnet-lexicon.ts';

/**
 * Two-word names WordNet files as harmless whole: a toy (a plaything: "water pistol", "squirt gun") or a medical test or
 * care ("blood test", "skin test"). Their second or first word alone names a weapon or violence, the whole does not.
 */
const harmlessKinds: Array<[string, number]> = [['plaything', 1], ['diagnostic test', 1], ['medical procedure', 1], ['medical care', 1]];
let harmlessOffsets: number[] | undefined;

/** Whether WordNet's commonest meaning of a name lies below a harmless kind (see harmlessKinds). */
function isHarmlessName(name: string): boolean {
  harmlessOffsets ??= harmlessKinds.map(([word, sense]) => senseOffset(word, 'noun', sense)).filter((offset): offset is number => offset !== undefined);
  const commonest = sensesOf(name, 'noun', 1)[0];
  if (commonest === undefined) return false;
  const above = hypernymClosure('noun', commonest);
  return harmlessOffsets.some((offset) => above.has(offset));
}

/**
 * Folded text (normalizeForMatching) with the two-word names of toys and medical tests blanked, written apart or with a
 * hyphen ("a water-pistol battle", "squirt guns", "a blood test"): a toy is never read as the weapon its second word
 * names, nor a test as the violence its first does. A real gun beside them ("a water pistol and a real rifle") is still read.
 */
export function blankHarmlessNames(folded: string): string {
  const words = [...folded.matchAll(/[a-z]+/g)];
  const names: Array<[number, number]> = [];
  for (let at = 0; at + 1 < words.length; at += 1) {
    const [first, second] = [words[at], words[at + 1]];
    const between = folded.slice(first.index + first[0].length, second.index);
    if (/^(?:\s+|-)$/.test(between) && isHarmlessName(`${first[0]} ${second[0]}`)) names.push([first.index, second.index + second[0].length]);
  }
  return names.reduceRight((text, [start, end]) => `${text.slice(0, start)} ~ ${text.slice(end)}`, folded);
}
