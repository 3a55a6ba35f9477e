import { hypernymClosure, senseOffset, sensesOf, synsetAt, type Synset } from './wordnet-lexicon.ts';

/**
 * The doings that destroy, damage, harm or take, read from WordNet rather than listed: a meaning that is, or is a
 * kind of, one WordNet names by one of these words ("burn" is a kind of destroying, "stab" of injuring, "rob" of
 * stealing), or the blow dealt (smash, bash, whack; never hitting a ball). The storyteller grants no wish that does
 * one; the prompt check, in child mode, refuses a hero who sets out to burn or blow up a place (isFireOrBlast).
 */
const harmingWords = new Set(['destroy', 'kill', 'injure', 'damage', 'explode', 'burst', 'attack', 'poison', 'oppress', 'steal', 'vandalize', 'wreck', 'combust']);
/** What undoes a made thing: a meaning of these, or a kind of one, done to a thing made is harm in any of a verb's commonest meanings. */
const undoingWords = new Set(['destroy', 'damage', 'explode', 'burst', 'vandalize', 'wreck']);
let blowDealt: Set<number> | undefined;

/** Whether a verb meaning is, or is a kind of, one WordNet names by one of `words`. */
function isKindOfDoing(sense: Synset, words: ReadonlySet<string>): boolean {
  return [...hypernymClosure('verb', sense)].some((offset) => synsetAt('verb', offset).words.some((word) => words.has(word)));
}

/** A meaning that destroys, damages, harms or takes, or deals a blow. */
export function isHarmfulDoing(sense: Synset): boolean {
  blowDealt ??= new Set(sensesOf('smash', 'verb', 1).flatMap((smash) => smash.hypernyms));
  return isKindOfDoing(sense, harmingWords) || [...hypernymClosure('verb', sense)].some((offset) => blowDealt!.has(offset));
}

/**
 * Whether doing the verb harms: its commonest meaning does, or, done to a made thing, one of its three commonest undoes
 * it ("break all the windows" damages them; "kick the ball" deals no blow to it, "break the record" breaks no made thing).
 * `toMadeThing` is asked only when the commonest meaning does no harm, so its WordNet lookup is not made for every verb.
 */
export function doingHarms(verb: string, toMadeThing: () => boolean): boolean {
  const [first, ...others] = sensesOf(verb, 'verb', 3);
  if (first !== undefined && isHarmfulDoing(first)) return true;
  return toMadeThing() && others.some((sense) => isKindOfDoing(sense, undoingWords));
}

/**
 * Whether the verb's commonest meaning destroys by fire or blows up what it is done to: a kind of WordNet's "burn"
 * that destroys (burn down, torch), of going up in flames (incinerate), of exploding, or of bombing. Lighting a
 * town up, igniting a candle, scorching toast are none.
 */
export function isFireOrBlast(verb: string): boolean {
  const [first] = sensesOf(verb, 'verb', 1);
  fireAndBlast ??= new Set(['burn', 'burn down', 'blow up', 'bomb'].flatMap((word) => senseOffset(word, 'verb', 1) ?? []));
  return first !== undefined && [...hypernymClosure('verb', first)].some((offset) => fireAndBlast!.has(offset));
}
let fireAndBlast: Set<number> | undefined;
