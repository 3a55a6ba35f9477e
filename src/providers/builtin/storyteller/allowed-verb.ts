import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { hypernymClosure, isVerbKindOf, isVerbOfClass, senseOffset, sensesOf, synsetAt, type Synset } from '../../../safety/wordnet-lexicon.ts';
import { doingHarms } from '../../../safety/harmful-doing.ts';
import { clauseEnds, determiners, prepositions } from './glue-words.ts';
import { blockedVerbFiles } from './goal-verbs.ts';
import { adjectiveLemmas, classesOf, nounLemmas } from './word-lemmas.ts';
import { isFriendWord } from './is-friend-word.ts';

/** Verbs that make or build ("knit", "sew"): what they make may be clothing ("knit a warm sweater"), never what is taken off. */
export function makesThings(verb: string): boolean {
  return sensesOf(verb, 'verb', 2).some((sense) => sense.lexicographerFile === 'verb.creation');
}

/**
 * Doings of the body a picture book wishes for, by what WordNet files them as a kind of: laughing, giggling and
 * smiling express an emotion or communicate; sleeping and napping are a rest. Undressing (taking off), bleeding,
 * being sick (excreting) and breathing are none of these.
 */
const wishableBodyDoings = new Set(['express emotion', 'communicate', 'rest']);

export function isWishableBodyDoing(sense: Synset): boolean {
  return [...hypernymClosure('verb', sense)].some((offset) => synsetAt('verb', offset).words.some((word) => wishableBodyDoings.has(word)));
}

/** Verbs that fasten ("tie his shoelaces", "button her coat"): what they fasten may be worn; undoing is no kind of fastening. */
export function fastens(verb: string): boolean {
  return isVerbKindOf(verb, [['fasten', 1]]);
}

/**
 * A verb a wish may carry. Eating is no wish by itself ("stop eating"), but giving food is, to an animal named next
 * ("feed the chickens"): a verb of consumption whose commonest meaning WordNet files as a kind of giving, never
 * a person (a wish names none but a friend, see allowedNoun). Eating or drinking is one only with a food named next
 * ("eat the biggest pizza", "drink hot chocolate"; never "eat the chickens", nor a medicine or a substance), and
 * wearing only with clothing worn over other clothes (see isWornOutside).
 */
export function allowedVerb(verb: string, following: readonly string[] = []): boolean {
  const [sense] = sensesOf(verb, 'verb', 1);
  if (sense === undefined || harms(verb, following)) return false;
  if (!blockedVerbFiles.has(sense.lexicographerFile)) return true;
  if (sense.lexicographerFile === 'verb.body' && isWishableBodyDoing(sense)) return true;
  if (wears(verb) && isWornOutside(headNounOf(following))) return true;
  if (sense.lexicographerFile === 'verb.consumption' && eatsOrDrinks(sense) && isFood(headNounOf(following))) return true;
  const gives = sense.lexicographerFile === 'verb.consumption' && isVerbOfClass(sense, 'give');
  return gives && feedsAnimal(following);
}

/** "wear", "put on" (WordNet's kinds of wearing in the verb's commonest meaning). */
export function wears(verb: string): boolean {
  return isVerbKindOf(verb, [['wear', 1]]);
}

/** Clothing that says nothing of the body under it, in any of the word's three commonest meanings ("pyjamas" are also nightwear). */
const intimateClothing = new Set(['undergarment', 'nightwear', "woman's clothing", 'swimsuit']);

/**
 * Clothing a picture-book hero wishes to wear ("a scarf", "a crown", "red boots", "a tutu"): clothing, footwear or a hat
 * by WordNet's classes, and none of its meanings underwear, nightwear, swimwear or WordNet's woman's clothing (a bra).
 */
export function isWornOutside(spelled: string | undefined): boolean {
  if (spelled === undefined) return false;
  const senses = sensesOf(nounLemmas(spelled)[0] ?? spelled, 'noun', 3);
  const worn = senses.some((sense) => { const names = classesOf(sense); return names.has('clothing') || names.has('footwear'); });
  return worn && !senses.some((sense) => [...classesOf(sense)].some((name) => intimateClothing.has(name)));
}

/** Eating and drinking ("eat", "gobble", "drink", "sip"), by what WordNet files the verb's commonest meaning as a kind of. */
function eatsOrDrinks(sense: Synset): boolean {
  const closure = hypernymClosure('verb', sense);
  return [senseOffset('eat', 'verb', 1), senseOffset('drink', 'verb', 1)].some((offset) => offset !== undefined && closure.has(offset));
}

/** Foods no wish may eat or drink, by WordNet's classes: medicine, a potion (medicinal, magical or poisonous), poison, alcohol. */
const unwishableFoods = ['drug', 'medicine', 'potion', 'poison', 'alcohol'];

/** A food in one of the word's three commonest meanings, and none of them a creature, a person or an unwishable food ("chickens" are the birds too). */
export function isFood(spelled: string | undefined): boolean {
  if (spelled === undefined) return false;
  const senses = commonNounSenses(nounLemmas(spelled)[0] ?? spelled, 3);
  if (senses.some((sense) => sense.lexicographerFile === 'noun.animal' || sense.lexicographerFile === 'noun.person' || unwishableFoods.some((name) => classesOf(sense).has(name)))) return false;
  return senses.some((sense) => sense.lexicographerFile === 'noun.food');
}

/**
 * Whether doing the verb harms (see doingHarms): a wish never destroys, damages, harms or takes, whatever the prompt
 * check made of the idea ("burn down the forest", "blow up the school", "break all the windows", "crush the houses"
 * were wishes the story granted).
 */
function harms(verb: string, following: readonly string[]): boolean {
  return doingHarms(verb, () => {
    const thing = thingNamedIn(following);
    return thing !== undefined && commonNounSenses(nounLemmas(thing).at(-1) ?? thing, 1)[0]?.lexicographerFile === 'noun.artifact';
  });
}

/** The first word after "the" and describing words, which names the thing a verb acts on ("the hungry ducks" → "ducks"). */
function thingNamedIn(following: readonly string[]): string | undefined {
  return following.find((word) => !determiners.has(word) && !(adjectiveLemmas(word).length > 0 && nounLemmas(word).length === 0));
}

/** The last word of the noun phrase the words start with ("red boots" → "boots", "the biggest banana in the jungle" → "banana"). */
export function headNounOf(following: readonly string[]): string | undefined {
  const end = following.findIndex((word, index) => index > 0 && (prepositions.has(word) || clauseEnds.has(word)));
  return following.slice(0, end < 0 ? following.length : end).filter((word) => !determiners.has(word)).at(-1);
}

/** Whether the words name an animal first, after "the" and describing words ("the hungry ducks"). */
function feedsAnimal(following: readonly string[]): boolean {
  const thing = thingNamedIn(following);
  if (thing === undefined || isFriendWord(thing)) return false;
  const [first, second] = commonNounSenses(nounLemmas(thing)[0] ?? thing, 2);
  return first?.lexicographerFile !== 'noun.person' && [first, second].some((sense) => sense?.lexicographerFile === 'noun.animal');
}

/** A verb of learning or knowing ("learn", "study", "remember"), by its commonest meaning. */
export function learns(verb: string): boolean {
  return sensesOf(verb, 'verb', 1)[0]?.lexicographerFile === 'verb.cognition';
}

/** Verbs whose wish may name what family or a friend have: knowing, telling or making it ("remember", "sing", "bake"). */
const ownedThingVerbFiles = new Set(['verb.cognition', 'verb.communication', 'verb.creation']);
export function ownsKnownThing(verb: string): boolean {
  return ownedThingVerbFiles.has(sensesOf(verb, 'verb', 1)[0]?.lexicographerFile ?? '');
}

/** Verbs that touch or hold ("hug", "touch", "kiss" share WordNet's class): never done to a person in a wish, friend or not. */
export function touches(verb: string): boolean {
  return sensesOf(verb, 'verb', 2).some((sense) => sense.lexicographerFile === 'verb.contact');
}

/** Kinds of doing that are a wish by themselves ("dance | in the ballet show"), unlike waiting or staying ("wait | on the step"). */
const doingFiles = new Set(['verb.motion', 'verb.creation', 'verb.competition', 'verb.communication']);

export function doneAlone(verb: string): boolean {
  const [sense] = sensesOf(verb, 'verb', 1);
  return sense !== undefined && (doingFiles.has(sense.lexicographerFile) || (sense.lexicographerFile === 'verb.body' && isWishableBodyDoing(sense)));
}

/**
 * What a friend is never wanted for, by any of the verb's three commonest meanings: touching, the body, feeling, eating
 * ("someone to tickle": WordNet's third "tickle" is a touch, its first a feeling).
 */
const closeFiles = new Set(['verb.contact', 'verb.body', 'verb.perception', 'verb.emotion', 'verb.consumption']);
export const isCloseDoing = (verb: string) => sensesOf(verb, 'verb', 3).some((sense) => closeFiles.has(sense.lexicographerFile));
