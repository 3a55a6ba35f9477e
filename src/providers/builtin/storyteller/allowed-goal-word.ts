import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { hypernymClosure, isKindOf, lemmasOf, senseOffset, sensesOf, synsetAt } from '../../../safety/wordnet-lexicon.ts';
import { namedPlace, placePrepositions } from './named-place.ts';
import { clauseEnds, determiners, glueWords, ownerWords, prepositions } from './glue-words.ts';
import { linkingVerbs, lookingVerbs } from './goal-verbs.ts';
import { adjectiveLemmas, classesOf, nounLemmas, verbLemma } from './word-lemmas.ts';
import { isFriendWord, isKinWord } from './is-friend-word.ts';
import { allowedVerb } from './allowed-verb.ts';
import { allowedNoun, forbiddenNoun, showable } from './allowed-noun.ts';

/** Who may be made to laugh: everyone, a pronoun for someone, or a word whose commonest meaning is a person or a creature. */
const cheeredWords = new Set(['everyone', 'everybody', 'someone', 'somebody', 'him', 'her', 'them', 'us', 'me']);
function isBeing(word: string): boolean {
  if (cheeredWords.has(word) || isKinWord(word) || isFriendWord(word)) return true;
  const file = commonNounSenses(nounLemmas(word)[0] ?? word, 1)[0]?.lexicographerFile;
  return file === 'noun.person' || file === 'noun.animal';
}

/** Laughing and smiling, with their kinds ("giggle", "chuckle", "grin"): what someone is made to do in "make the children laugh". */
export function cheers(word: string | undefined): boolean {
  const verb = word === undefined ? undefined : verbLemma(word);
  if (verb === undefined) return false;
  const targets = [senseOffset('laugh', 'verb', 1), senseOffset('smile', 'verb', 1)];
  return sensesOf(verb, 'verb', 1).some((sense) => targets.some((offset) => offset !== undefined && hypernymClosure('verb', sense).has(offset)));
}

/** What no wish may be, stay, look or become: the body's weight, build or looks, by the attribute WordNet makes a describing word a value of. */
const bodilyAttributes = new Set(['body weight', 'bodily property', 'appearance']);
/**
 * Height is a bodily property to WordNet too, but growing tall is what sunflowers, beanstalks and children wish for in picture
 * books ("grow taller than the barn"); weight and looks are what a harmful idea wants changed.
 */
const wishableBodilyAttributes = new Set(['stature']);

/**
 * "thin", "skinny", "pretty" (either of a word's two commonest meanings, or the word it is filed under); "clean",
 * "brave", "big" and "tall" are none, nor "asleep", though its third meaning is dead.
 */
export function describesTheBody(word: string): boolean {
  const senses = adjectiveLemmas(word).flatMap((lemma) => sensesOf(lemma, 'adj', 2));
  const attributes = senses.flatMap((sense) => [sense, ...(sense.similarTo ?? []).map((offset) => synsetAt('adj', offset))]).flatMap((sense) => sense.attributes ?? []);
  return attributes.some((offset) => {
    const attribute = synsetAt('noun', offset);
    return !attribute.words.some((name) => wishableBodilyAttributes.has(name)) && [...classesOf(attribute)].some((name) => bodilyAttributes.has(name));
  });
}

export function allowedGoalWord(word: string, previous: string | undefined, following: readonly string[], goalVerb: string): boolean {
  // "make the children laugh", "make grandpa smile": the one made to laugh or smile, and the laughing, are the wish's
  // point; no other doing is made of someone ("make him cry", "make her stay" name a person and stay barred).
  if (goalVerb === 'make' && cheers(following[0]) && isBeing(word)) return true;
  if (goalVerb === 'make' && previous !== undefined && isBeing(previous) && cheers(word)) return true;
  // "fly to Mars", "a holiday in Spain": a place known by its name, after the word that says where (never the verb "mar").
  if (previous !== undefined && placePrepositions.has(previous) && namedPlace(word) !== undefined) return true;
  const next = following[0];
  const verb = verbLemma(word);
  if (previous === 'to' && verb !== undefined) return allowedVerb(verb, following);
  // "on her back": after "her" or "his" a word whose commonest meaning is a part of the body is that part, though it can
  // also describe ("the back door"); "her crown" is first a crown.
  if (ownerWords.has(previous ?? '') && sensesOf(nounLemmas(word)[0] ?? word, 'noun', 1)[0]?.lexicographerFile === 'noun.body') return false;
  // "invent a new flavour of ice cream", "build a new kind of kite": a kind (WordNet's, in any of three meanings) is judged
  // by what it is a kind of, which follows and is checked.
  if (next === 'of' && following[1] !== undefined && isKindOf(nounLemmas(word)[0] ?? word, [['kind', 1]], 3)) return true;
  // "pull Santa's sleigh", "find the queen's crown": an owner (the apostrophe's "s" split off) says whose the thing is; the
  // thing after it is what the wish names, and is checked. Never family or a friend: their things are theirs, not the hero's
  // to take ("brings daddy's hammer to school").
  if (next === 's' && following[1] !== undefined && nounLemmas(following[1]).length > 0 && !ownerWords.has(previous ?? '') && !isKinWord(word) && !isFriendWord(word)) return true;
  const describes = adjectiveLemmas(word).length > 0;
  // "stay thin", "become skinny": how the hero wants to be is never about the body.
  if (describes && previous === undefined && describesTheBody(word)) return false;
  // "become the prettiest dancer", "be a skinny ballerina": nor the person the hero becomes described by the body ("a
  // beautiful butterfly", "a tall tree" are what caterpillars and acorns grow into).
  if (describes && linkingVerbs.has(goalVerb) && describesTheBody(word) && next !== undefined && commonNounSenses(nounLemmas(next)[0] ?? next, 1)[0]?.lexicographerFile === 'noun.person') return false;
  // "the lost sheep", "a magic seed", "the moon silver", "the teddy better": a describing word before a noun, or after
  // one, describes. A word that ends the goal right after "a" or "the" is the noun ("a secret" is an idea, whatever "secret" describes).
  if (describes && ((next !== undefined && !glueWords.has(next)) || (previous !== undefined && !determiners.has(previous) && !glueWords.has(previous)))) return true;
  // "stay clean", "stay awake": a describing word straight after the verb says how the hero wants to be.
  if (describes && previous === undefined && (next === undefined || glueWords.has(next))) return true;
  // "the tallest gum tree": a noun WordNet names together with the next is judged by that name, not by a rarer meaning of
  // its own (the gums of the mouth); never one whose commonest meaning is the body or a person ("breast pocket").
  const firstFile = sensesOf(nounLemmas(word)[0] ?? word, 'noun', 1)[0]?.lexicographerFile;
  if (next !== undefined && !glueWords.has(next) && firstFile !== 'noun.body' && firstFile !== 'noun.person' && lemmasOf(`${word} ${next}`, 'noun').length > 0 && allowedNoun(`${word} ${next}`, goalVerb)) return true;
  // "a dinosaur egg", "a button eye": a noun before a noun says which one; the last noun is the thing, and is checked.
  // Never a person or a body part, even so ("a boy presents").
  if (next !== undefined && !glueWords.has(next) && nounLemmas(next).length > 0 && nounLemmas(word).length > 0
    && !sensesOf(word, 'noun', 3).some((sense) => sense.lexicographerFile === 'noun.body' || sense.lexicographerFile === 'noun.person')) return true;
  // "a treasure chest", "a music box": a noun WordNet names together with the noun before it is judged by that name (a chest, not the body's).
  if (previous !== undefined && !glueWords.has(previous) && lemmasOf(`${previous} ${word}`, 'noun').length > 0 && allowedNoun(`${previous} ${word}`, goalVerb)) return true;
  // "put on a puppet show", "win the snowball fight", "take ballet lessons": a thing named by what it is of is judged by
  // that, when that may be wished for and the thing itself is nothing no wish may name ("a knife fight" is judged by the knife).
  // Only two nouns that end the phrase: "a ladybird | find her way" is a verb, "to keep | secrets" no thing before it, "the front | step" a side.
  const endsPhrase = next === undefined || (!determiners.has(next) && (prepositions.has(next) || clauseEnds.has(next)));
  const modifier = previous !== undefined && !glueWords.has(previous) && nounLemmas(previous).length > 0
    && sensesOf(previous, 'verb').length <= sensesOf(previous, 'noun').length && sensesOf(previous, 'noun', 1)[0]?.lexicographerFile !== 'noun.location';
  // The second a noun at least a quarter of the time ("show", "fight"; "a turtle | get to the beach" is the verb).
  const mostlyNoun = sensesOf(word, 'verb').length <= 3 * sensesOf(nounLemmas(word)[0] ?? word, 'noun').length;
  if (modifier && endsPhrase && mostlyNoun && nounLemmas(word).length > 0 && allowedNoun(previous, goalVerb) && !forbiddenNoun(word)) return true;
  if (nounLemmas(word).length > 0) return allowedNoun(word, goalVerb) || (lookingVerbs.has(goalVerb) && showable(word));
  return describes;
}
