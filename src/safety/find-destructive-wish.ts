import { isFireOrBlast } from './harmful-doing.ts';
import { hypernymClosure, lemmasOf, senseOffset, sensesOf } from './wordnet-lexicon.ts';

/**
 * A character who sets out to set fire to a place or a building, or to blow it up: "a fox who wants to burn down the
 * forest", "a boy who plans to blow up the school". Fire and explosions are what a child copies, and no word of the
 * idea is on a list (burning is an everyday word), so the meaning is read from WordNet: the doing's commonest meaning
 * is a kind of burning (combusting) or exploding, and what it is done to is a building, a place, a settlement, a
 * wood or the world. Smashing a block tower, popping balloons, a dragon who wants to destroy the village (the
 * fairy tale's villain; the storyteller never grants it as a wish) and toasting marshmallows are none of these.
 */
// The wanting, then the doing and what it is done to: "wants to burn down the old forest", "dreams of blowing up the bridge".
const wantsDoing = /\b(?:wants?|wanted|wanting|wish(?:es|ed|ing)?|hopes?|hoping|longs?|longing|plans?|planned|planning|decides?|decided|determined|tries|tried|trying|going|gonna|would like|'d like|likes?|loves?|dreams? of|dreaming of) (?:to )?([a-z]+)((?: [a-z']+){1,6})/g;
const setOnFire = /^ (?:fire to|alight)\b|^ ((?:[a-z']+ ){1,4}?)(?:on fire|alight|ablaze)\b/;
const particles = new Set(['down', 'up', 'out', 'off']);
const pointers = new Set(['a', 'an', 'the', 'all', 'every', 'each', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'whole', 'entire', 'of']);
/** What burns or blows up as a place: a settlement, a wood (noun.group), a place, the world (noun.object), trees. */
const placeFiles = new Set(['noun.location', 'noun.group', 'noun.object', 'noun.plant']);

/** The words of the hero's wish to burn or blow up a place, in an idea folded by normalizeForMatching, or undefined. */
export function findDestructiveWish(folded: string): string | undefined {
  for (const match of folded.matchAll(wantsDoing)) {
    const [wanted, doing, rest] = match;
    if (!isHeroWish(folded.slice(0, match.index))) continue;
    // "set fire to the shed", "set the barn on fire": burning said with "set" is the verb "burn".
    const setAlight = doing === 'set' ? setOnFire.exec(rest) : null;
    const verbWord = setAlight ? 'burn' : doing;
    const following = (setAlight ? (setAlight[1] ?? rest.slice(setAlight[0].length)) : rest).trim().split(' ');
    const particle = particles.has(following[0]) ? following[0] : undefined;
    const verb = doingOf(verbWord, particle);
    if (verb === undefined || !isFireOrBlast(verb)) continue;
    const thing = thingNamed(particle ? following.slice(1) : following);
    if (thing !== undefined && isPlaceOrBuilding(thing)) return wanted.trim();
  }
  return undefined;
}

/**
 * Whether a wish is the hero's, by what comes before it in its sentence: the first creature or person the idea brings
 * in ("a fox who wants …", "my son wants …"), not one met later ("a knight who stops a dragon that wants to burn the
 * village": the fairy tale's villain, whom the hero stops).
 */
function isHeroWish(before: string): boolean {
  const sentence = before.split(/[.!?;]/).at(-1) ?? '';
  return (sentence.match(/\b(?:who|that|which|whose)\b/g) ?? []).length <= 1;
}

/** A building or another structure (a house, a school, a bridge, a window), or a place (see placeFiles), by the noun's commonest meaning. */
function isPlaceOrBuilding(noun: string): boolean {
  const [sense] = sensesOf(noun, 'noun', 1);
  if (sense === undefined) return false;
  const structure = senseOffset('structure', 'noun', 1);
  return placeFiles.has(sense.lexicographerFile) || (structure !== undefined && hypernymClosure('noun', sense).has(structure));
}

/** The verb's plain form, with its particle when WordNet lists the pair ("burn down"), from a plain or -ing form ("blowing up"). */
function doingOf(word: string, particle: string | undefined): string | undefined {
  const lemmas = lemmasOf(word, 'verb');
  const phrasal = particle ? lemmas.map((lemma) => `${lemma} ${particle}`).find((pair) => sensesOf(pair, 'verb', 1).length > 0) : undefined;
  return phrasal ?? lemmas[0];
}

/** The first word past "the", "all", "every" and describing words, as a noun's plain form ("all the houses" → house). */
function thingNamed(words: readonly string[]): string | undefined {
  for (const word of words) {
    if (pointers.has(word)) continue;
    const nouns = lemmasOf(word, 'noun');
    if (nouns.length > 0 && sensesOf(nouns.at(-1)!, 'noun').length >= sensesOf(lemmasOf(word, 'adj')[0] ?? '', 'adj').length) return nouns.at(-1);
    if (lemmasOf(word, 'adj').length === 0) return undefined;
  }
  return undefined;
}
