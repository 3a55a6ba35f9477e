import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { hypernymClosure, isVerbOfClass, senseOffset, sensesOf, synsetAt, type Synset } from '../../../safety/wordnet-lexicon.ts';
import { isHarmfulDoing } from '../../../safety/harmful-doing.ts';
import { blockedVerbFiles } from './goal-verbs.ts';
import { classesOf, nounLemmas } from './word-lemmas.ts';

/**
 * "make friends", "wait for a friend", "find a pal": the one person a wish may name is a friend, by WordNet's own
 * meaning (friend, 1) or a kind of it filed under friend alone (a buddy, a companion, a playmate; never a girlfriend,
 * who is a woman too), and only when the noun's commonest meaning is that friend.
 */
export function isFriendWord(spelled: string): boolean {
  const [first] = commonNounSenses(nounLemmas(spelled)[0] ?? spelled, 1);
  const friend = senseOffset('friend', 'noun', 1);
  for (let sense = first, depth = 0; sense !== undefined && depth < 3; depth += 1) {
    if (sense.offset === friend) return true;
    if (sense.hypernyms.length !== 1) return false;
    sense = synsetAt('noun', sense.hypernyms[0]);
  }
  return false;
}

/**
 * "teach his little brother to whistle", "make grandpa smile": the hero's family, by WordNet's own class (a relative:
 * a brother, a mum, a granddaughter), when the noun's commonest meaning is one; like a friend, never touched in a wish.
 */
export function isKinWord(spelled: string): boolean {
  const [first] = commonNounSenses(nounLemmas(spelled)[0] ?? spelled, 1);
  const relative = senseOffset('relative', 'noun', 1);
  return first !== undefined && relative !== undefined && hypernymClosure('noun', first).has(relative);
}

/**
 * Someone, never a thing lost and picked up or shown: a person by the commonest meaning, or family by either of the two
 * commonest ("mum" is a flower to WordNet first, then a mother); "the stars" and "the honey", whose second meanings are
 * people (a celebrity, a darling), stay things.
 */
export function isSomeone(noun: string): boolean {
  const relative = senseOffset('relative', 'noun', 1);
  const [first, second] = sensesOf(noun, 'noun', 2);
  // "her bunny": a creature among the two is the creature, though WordNet's first bunny is a waitress.
  const person = first?.lexicographerFile === 'noun.person' && second?.lexicographerFile !== 'noun.animal';
  return isKinWord(noun) || person || (second !== undefined && relative !== undefined && hypernymClosure('noun', second).has(relative));
}

/** Kinds of people no one wishes to become, by WordNet's class: a bad person (a bully, a thief), an unfortunate (a victim, a beggar), a user (an addict, a smoker). */
const unwishablePeople = new Set(['bad person', 'unfortunate', 'user',
  // Named by sex or age, not by a doing: a girl, a woman, a baby ("be a friend to the girl" names a person, not a role).
  'female', 'male', 'juvenile', 'infant']);

/** The doings WordNet links a word of a meaning to ("swimmer" → swim, "dancer" → dance). */
const doingsOf = (sense: Synset, word: string) => (sense.relatedVerbs ?? []).filter((related) => related.word === word).map((related) => synsetAt('verb', related.offset));
// Never one whose doing is owning, taking or depriving (WordNet's verb.possession: "an orphan" is deprived of parents).
// Of the doings WordNet files with touching, only bringing a thing somewhere ("a postman" is a deliverer, who delivers).
const wishableDoing = (doing: Synset) => !blockedVerbFiles.has(doing.lexicographerFile) && (doing.lexicographerFile !== 'verb.contact' || isVerbOfClass(doing, 'bring'))
  && doing.lexicographerFile !== 'verb.possession' && !isHarmfulDoing(doing);

/**
 * "become the best swimmer", "be a pilot": who the hero wants to become is a wish when the word names someone by
 * what they do (WordNet's link from "swimmer" to swim) and every such doing is one a wish may name, never a
 * touch, the body, eating or a feeling (a stripper, a lover, a smoker are no wish). A word WordNet links to no doing
 * of its own does what its kind does, two steps up at most ("a ballerina" is a ballet dancer, a dancer; "an astronaut"
 * a traveller); never a bad person, an unfortunate or a user, nor one who owns or takes ("be a bully", "be an orphan" were wishes before).
 */
export function isDoerWord(spelled: string): boolean {
  const lemma = nounLemmas(spelled)[0] ?? spelled;
  const [first] = commonNounSenses(lemma, 1);
  if (first?.lexicographerFile !== 'noun.person') return false;
  if ([...classesOf(first)].some((name) => unwishablePeople.has(name))) return false;
  // "be a doctor", "be a dentist", "be a vet": one of WordNet's professionals, whatever their doing (a doctor's is filed
  // with the body, as treating it).
  if (classesOf(first).has('professional')) return true;
  // "be a plumber", "be a potter", "be a carpenter": a craftsman (WordNet's artisans, a class of 72 trades), though WordNet files a
  // plumber's doing with touching and a hairdresser's with the body. Not the wider skilled workers, which hold commandos and gunsmiths.
  if (classesOf(first).has('craftsman')) return true;
  const own = doingsOf(first, lemma);
  if (own.length > 0) return own.every(wishableDoing);
  // Never from "person" itself, whose doings every person would share ("a slave" is a person).
  const person = senseOffset('person', 'noun', 1);
  let kind = first;
  for (let depth = 0; depth < 2 && kind.hypernyms.length === 1 && kind.hypernyms[0] !== person; depth += 1) {
    kind = synsetAt('noun', kind.hypernyms[0]);
    const doings = kind.words.flatMap((word) => doingsOf(kind, word));
    if (doings.length > 0) return doings.every(wishableDoing);
  }
  return false;
}

/**
 * "be a prince", "become king of the pond", "be the queen of the castle": royalty by either of a word's two commonest
 * meanings (WordNet's first queen is the insect's), a wish of every picture book.
 */
export function isRoyal(spelled: string): boolean {
  return commonNounSenses(nounLemmas(spelled)[0] ?? spelled, 2).some((sense) => classesOf(sense).has('aristocrat') || classesOf(sense).has('sovereign'));
}
