import { checkIdeaPart } from '../../../safety/index.ts';
import { valenceOf } from '../../../safety/warning-categories.ts';
import { subjectWords } from '../../../media/illustrator/scene-vocabulary.ts';
import { closedCompoundHead, commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { hypernymClosure, irregularVerbLemmas, isDictionaryWord, isKindOf, isVerbOfClass, lemmasOf, nounClassesOf, senseOffset, sensesOf, synsetAt, taggedSenseCount, usedSensesOf, type Synset } from '../../../safety/wordnet-lexicon.ts';
import { doingHarms, isHarmfulDoing } from '../../../safety/harmful-doing.ts';
import { isAdverb } from './is-adverb.ts';
import { keepsakeWords, makeableWords, placeWords } from './idea-vocabulary.ts';
import { namedPlace, placePrepositions } from './named-place.ts';
import { propKind } from './prop-kind.ts';

/** Words before the goal's verb that only say the hero wants it ("who really wants to", "that dreams of"). */
export const wantingWords = new Set(['wants', 'want', 'wanted', 'wishes', 'wish', 'hopes', 'hope', 'longs', 'long', 'tries', 'try', 'plans', 'plan', 'needs', 'need', 'decides', 'decide', 'decided', 'would', 'like', 'likes', 'loves', 'love', 'dreams', 'dream',
  'wanting', 'wishing', 'hoping', 'longing', 'trying', 'planning', 'dreaming']);
// "wishes he could taste ice cream": the hero named again before the verb.
const leadingWords = new Set(['who', 'that', 'which', 'he', 'she', 'it', 'they', 'really', 'just', 'always', 'so', 'to', 'of', 'about', 'can', 'cannot', 'cant', 'can’t', 'could', 'not', 'never', 'will', 'wont', 'is', 'still', 'too', 'shy', 'afraid', 'scared', 'nervous', 'ready', 'able', 'eager', 'must']);
/** Words of forgetting: "forgot how to chime" wishes to chime again. */
export const forgettingWords = new Set(['forgot', 'forgets', 'forgotten']);
/** "saves", "scores": a verb's "-s" form (WordNet's verb lemma is another word; "kiss" and "class" end otherwise). */
export function isVerbSForm(word: string): boolean {
  return /[^s]s$/.test(word) && lemmasOf(word, 'verb').some((lemma) => lemma !== word);
}
/** "learns", "joins": a verb's third-person form (its lemma more often a verb than a noun), which says what the hero does. */
function tellsWhatHeroDoes(word: string | undefined): boolean {
  if (word === undefined || !word.endsWith('s')) return false;
  const lemma = lemmasOf(word, 'verb').find((candidate) => candidate !== word);
  return lemma !== undefined && sensesOf(lemma, 'verb').length > sensesOf(lemma, 'noun').length;
}
/** Words that, before "to", say the hero must do what follows ("has to", "had to", "got to"). */
const obligingWords = new Set(['has', 'have', 'had', 'got']);
/** "is desperate to", "is determined to": how much the hero wants what follows. */
/** Words that say which time: "every single day", "the whole night". */
const timeMarkers = new Set(['every', 'each', 'single', 'whole', 'same', 'next', 'other',
  // "be a christmas tree one day": one day is some day, not part of the wish.
  'one']);
/** Words that ask, which stand for a thing said after them. */
const questionWords = new Set(['what', 'where', 'why', 'how', 'who', 'which', 'whether']);
/** Words that stand for a thing said before: no wish of their own. */
const pronounObjects = new Set(['it', 'them', 'him', 'her', 'this', 'that', 'one']);
export const eagerWords = new Set(['determined', 'desperate', 'keen', 'longing', 'itching', 'dying',
  // "races to reach the tallest tree", "promised to get to the top": how the hero goes about what follows.
  'races', 'race', 'racing', 'rushes', 'rush', 'rushing', 'hurries', 'hurry', 'hurrying', 'promised', 'promises', 'promise']);
/** "has always wanted", "had long wished". */
const adverbsOfTime = new Set(['always', 'long', 'forever', 'secretly', 'really']);
/** "on a mission to", "on a quest to". */
const missionWords = new Set(['mission', 'quest']);
/** "wonders if he can …". */
const wonderingWords = new Set(['wonders', 'wonder', 'wondering']);
/** Words after which a verb is in its plain form, never a past ("can fly", "will not fly"). */
/** Words of dreaming of something: "dreams of having a ship". */
const dreamingWords = new Set(['dreams', 'dream', 'dreaming', 'dreamt', 'dreamed']);
const modalWords = new Set(['can', 'cannot', 'cant', 'can’t', 'could', 'will', 'wont', 'would', 'never', 'not']);
/** Words of fear: what comes after "afraid of" is feared, not wished for. */
const fearingWords = new Set(['afraid', 'scared', 'nervous']);
/** Verbs that are not a goal of their own: the plot reads them (lost, afraid, help) or they only link. */
// Refusing or avoiding something is not doing it: "refuses to share his carrots" told as a wish come true says the opposite.
// Nor is missing it: "misses her cat" longs for the cat (told as a wish, "wanted to miss her cat").
const notGoals = new Set(['be', 'have', 'lose', 'find', 'search', 'get', 'do', 'live', 'go', 'visit', 'see', 'travel', 'reach', 'explore', 'climb', 'has', 'is', 'are', 'forget', 'refuse', 'avoid', 'miss']);
/** Verbs of seeking that are a wish when the idea names no place to reach. */
export const seekingVerbs = new Set(['see', 'visit', 'reach', 'explore', 'climb', 'travel']);
/** The request's own words: a story is what the parent asks for, never what the hero wants. */
const framingWords = new Set(['story', 'stories', 'tale', 'tales']);
/** Words that want the thing named next ("wants a new shell"). */
/** Who may start a clause straight after a thing, with no "that": "the biggest turnip anyone has ever seen". */
const clauseSubjects = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'you', 'i', 'we', 'they', 'he', 'she']);
/** Words of loving: what follows straight after is a thing loved ("loves space"), a doing only with "to" or "-ing". */
const lovingWords = new Set(['loves', 'love', 'likes', 'like', 'adores', 'adore']);
const wishWords = new Set(['wants', 'want', 'wanted', 'wishes', 'needs', 'need',
  // "planning a midnight picnic": to have it.
  'plans', 'plan', 'planned', 'planning']);
/** Going somewhere ("fly to the moon", "swim in the lake") is a journey; "fly a kite" is a goal. */
const goingVerbs = new Set(['fly', 'swim', 'sail', 'walk', 'run', 'drive', 'ride', 'hop', 'float', 'jump']);
/** Verbs of leaping: "jump over the fence" is done where the hero stands, never a trip to the fence. */
const leapingVerbs = new Set(['jump', 'hop', 'leap', 'vault']);
/** Verbs of looking: what a wish only sees may be any thing a story can show ("see the fireworks"), not only what a wish may make or have. */
const lookingVerbs = new Set(['see', 'watch', 'spot', 'view']);
// Not "in": swimming in the lake is done there, as the places reader reads it (read-idea-places.ts), never a trip to the lake.
const directionWords = new Set(['to', 'into', 'across', 'over', 'through', 'around', 'up', 'down', 'away', 'home', 'off', 'far', 'high']);
/** Words that open a clause saying when or on what condition. */
const timeClauses = new Set(['when', 'while', 'until', 'before', 'after', 'because', 'if', 'though', 'although', 'whenever']);
/** Where a goal's words end: the next clause. */
export const clauseEnds = new Set(['and', 'but', 'who', 'that', 'which', 'because', 'while', 'when', 'before', 'after', 'until', 'so', 'or', 'where', 'if', 'unless', 'though', 'although']);
/** Short words a goal may carry that a dictionary of nouns, verbs and adjectives does not list. */
export const glueWords = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'into', 'on', 'onto', 'at', 'for', 'from', 'with', 'across', 'through', 'over', 'under', 'up', 'down', 'away', 'home', 'every', 'all', 'his', 'her', 'its', 'their', 'my', 'our', 'some', 'out', 'off', 'around', 'by', 'each',
  // "learn how to dance", "a race against the hare", "swim like his brothers": the rest of English's short prepositions,
  // and "than", which opens a comparison ("jump higher | than everyone").
  'how', 'than', 'against', 'like', 'without', 'behind', 'beside', 'near', 'past', 'along', 'toward', 'towards', 'inside', 'outside', 'above', 'below', 'beneath', 'between', 'beyond', 'among', 'upon']);

/** A glue word a wish may not end on: every one but "home" and "away", which say where ("come home", "fly away"). */
export const dangles = (word: string) => glueWords.has(word) && word !== 'home' && word !== 'away';

const safe = (text: string) => checkIdeaPart(text, 'child').safe;

/**
 * Harmless words can make a harmful sentence together ("take off his clothes", "send photos", "stop
 * eating"), so a goal is built only from what a picture book wishes for: a verb that is not about the
 * body, eating or feelings; things the storyteller or the illustrator knows, nature's own (the moon,
 * a seed, water, the stars), and made things by their class in WordNet (a tunnel, a sleigh, a box, a
 * drum: never clothing, a weapon or a picture of someone); a race, a game, a song; describing words;
 * a second verb only after "to" ("learn to skip"). Never a person but a friend or a doer (see isFriendWord, isDoerWord), a body part, an idea or a message.
 */
const thingFiles = new Set(['noun.object', 'noun.plant', 'noun.food', 'noun.animal', 'noun.location', 'noun.substance', 'noun.phenomenon', 'noun.shape']);
const knownThings = new Set([
  ...Object.values(subjectWords).flat(), ...keepsakeWords, ...Object.keys(makeableWords), ...Object.keys(placeWords),
]);
const blockedVerbFiles = new Set(['verb.body', 'verb.consumption', 'verb.emotion']);
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
function goesOnOuting(words: readonly string[], onAt: number): boolean {
  if (words[onAt] !== 'on') return false;
  let at = onAt + 1;
  while (at < words.length && (determiners.has(words[at]) || (adjectiveLemmas(words[at]).length > 0 && nounLemmas(words[at + 1] ?? '').length > 0))) at += 1;
  // "go on holiday": an outing straight after "on" when the word is more a thing than a doing ("go on | playing" carries on).
  const named = at > onAt + 1 || (words[at] !== undefined && sensesOf(words[at], 'noun').length > sensesOf(words[at], 'verb').length);
  return named && words[at] !== undefined && isOuting(words[at]);
}

function isOuting(spelled: string): boolean {
  return commonNounSenses(nounLemmas(spelled)[0] ?? spelled, 2).some((sense) => [...classesOf(sense)].some((name) => outingClasses.has(name)));
}

/** Words that say whose a thing is. */
const ownerWords = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
/** Words that point at a thing rather than describe it: after one, a word that ends the goal is a noun ("keep a secret"). */
const determiners = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'some', 'every', 'each', 'all']);

/** Words that open a phrase saying where, for whom or with whom: a goal may end before one ("balance a ball | on her nose"). */
export const prepositions = new Set(['on', 'onto', 'in', 'into', 'at', 'for', 'from', 'with', 'across', 'through', 'over', 'under', 'by', 'around', 'to', 'of', 'than',
  'against', 'like', 'without', 'behind', 'beside', 'near', 'past', 'along', 'toward', 'towards', 'inside', 'outside', 'above', 'below', 'beneath', 'between', 'beyond', 'among', 'upon']);

/** The names of a noun meaning and of every kind it is a kind of (see nounClassesOf). */
export const classesOf = nounClassesOf;

/**
 * The plain form of a describing word, compared ones included ("biggest" → big, "shiniest" → shiny,
 * "nicer" → nice): the lexicon reads WordNet's regular endings but not its list of exceptions.
 */
export function adjectiveLemmas(word: string): string[] {
  const plain = lemmasOf(word, 'adj');
  const compared = /^(.+?)(?:est|er)$/.exec(word)?.[1];
  if (plain.length > 0 || compared === undefined) return plain;
  const stems = [compared, `${compared}e`, compared.replace(/i$/, 'y'), compared.replace(/(.)\1$/, '$1')];
  return [...new Set(stems.flatMap((stem) => lemmasOf(stem, 'adj')))];
}

/** "treehouse" → "tree house": a closed compound WordNet lists only as two words. */
export function nounLemmas(word: string): string[] {
  const plain = lemmasOf(word, 'noun');
  if (plain.length > 0) return plain;
  for (let cut = 3; cut <= word.length - 3; cut += 1) {
    const split = lemmasOf(`${word.slice(0, cut)} ${word.slice(cut)}`, 'noun');
    if (split.length > 0) return split;
  }
  return [];
}

/** Verbs that make or build ("knit", "sew"): what they make may be clothing ("knit a warm sweater"), never what is taken off. */
function makesThings(verb: string): boolean {
  return sensesOf(verb, 'verb', 2).some((sense) => sense.lexicographerFile === 'verb.creation');
}

/**
 * Doings of the body a picture book wishes for, by what WordNet files them as a kind of: laughing, giggling and
 * smiling express an emotion or communicate; sleeping and napping are a rest. Undressing (taking off), bleeding,
 * being sick (excreting) and breathing are none of these.
 */
const wishableBodyDoings = new Set(['express emotion', 'communicate', 'rest']);

function isWishableBodyDoing(sense: Synset): boolean {
  return [...hypernymClosure('verb', sense)].some((offset) => synsetAt('verb', offset).words.some((word) => wishableBodyDoings.has(word)));
}

/** Verbs that fasten ("tie his shoelaces", "button her coat"): what they fasten may be worn; undoing is no kind of fastening. */
function fastens(verb: string): boolean {
  const fasten = senseOffset('fasten', 'verb', 1);
  return sensesOf(verb, 'verb', 1).some((sense) => fasten !== undefined && hypernymClosure('verb', sense).has(fasten));
}

/**
 * A verb a wish may carry. Eating is no wish by itself ("stop eating"), but giving food is, to an animal named next
 * ("feed the chickens"): a verb of consumption whose commonest meaning WordNet files as a kind of giving, never
 * a person (a wish names none but a friend, see allowedNoun). Eating or drinking is one only with a food named next
 * ("eat the biggest pizza", "drink hot chocolate"; never "eat the chickens", nor a medicine or a substance), and
 * wearing only with clothing worn over other clothes (see isWornOutside).
 */
function allowedVerb(verb: string, following: readonly string[] = []): boolean {
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
function wears(verb: string): boolean {
  const wear = senseOffset('wear', 'verb', 1);
  return sensesOf(verb, 'verb', 1).some((sense) => wear !== undefined && hypernymClosure('verb', sense).has(wear));
}

/** Clothing that says nothing of the body under it, in any of the word's three commonest meanings ("pyjamas" are also nightwear). */
const intimateClothing = new Set(['undergarment', 'nightwear', "woman's clothing", 'swimsuit']);

/**
 * Clothing a picture-book hero wishes to wear ("a scarf", "a crown", "red boots", "a tutu"): clothing, footwear or a hat
 * by WordNet's classes, and none of its meanings underwear, nightwear, swimwear or WordNet's woman's clothing (a bra).
 */
function isWornOutside(spelled: string | undefined): boolean {
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
function isFood(spelled: string | undefined): boolean {
  if (spelled === undefined) return false;
  const senses = commonNounSenses(nounLemmas(spelled)[0] ?? spelled, 3);
  if (senses.some((sense) => sense.lexicographerFile === 'noun.animal' || sense.lexicographerFile === 'noun.person' || unwishableFoods.some((name) => classesOf(sense).has(name)))) return false;
  return senses.some((sense) => sense.lexicographerFile === 'noun.food');
}

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
function headNounOf(following: readonly string[]): string | undefined {
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

/** What a wish may do to family: tell or teach them, make something for them; never give, take, bathe or tickle them. */
const kinVerbFiles = new Set(['verb.communication', 'verb.creation']);

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
function isRoyal(spelled: string): boolean {
  return commonNounSenses(nounLemmas(spelled)[0] ?? spelled, 2).some((sense) => classesOf(sense).has('aristocrat') || classesOf(sense).has('sovereign'));
}

/** Verbs that link the hero to how it is: what follows says how, not a thing. */
const linkingVerbs = new Set(['be', 'become', 'stay', 'keep', 'look', 'feel', 'get', 'grow', 'remain']);

/** The verbs that say who the hero becomes. */
const becomingVerbs = new Set(['be', 'become']);

/** A verb of learning or knowing ("learn", "study", "remember"), by its commonest meaning. */
export function learns(verb: string): boolean {
  return sensesOf(verb, 'verb', 1)[0]?.lexicographerFile === 'verb.cognition';
}

/** Verbs whose wish may name what family or a friend have: knowing, telling or making it ("remember", "sing", "bake"). */
const ownedThingVerbFiles = new Set(['verb.cognition', 'verb.communication', 'verb.creation']);
function ownsKnownThing(verb: string): boolean {
  return ownedThingVerbFiles.has(sensesOf(verb, 'verb', 1)[0]?.lexicographerFile ?? '');
}

/** Verbs that touch or hold ("hug", "touch", "kiss" share WordNet's class): never done to a person in a wish, friend or not. */
function touches(verb: string): boolean {
  return sensesOf(verb, 'verb', 2).some((sense) => sense.lexicographerFile === 'verb.contact');
}

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
function describesTheBody(word: string): boolean {
  const senses = adjectiveLemmas(word).flatMap((lemma) => sensesOf(lemma, 'adj', 2));
  const attributes = senses.flatMap((sense) => [sense, ...(sense.similarTo ?? []).map((offset) => synsetAt('adj', offset))]).flatMap((sense) => sense.attributes ?? []);
  return attributes.some((offset) => {
    const attribute = synsetAt('noun', offset);
    return !attribute.words.some((name) => wishableBodilyAttributes.has(name)) && [...classesOf(attribute)].some((name) => bodilyAttributes.has(name));
  });
}

function allowedGoalWord(word: string, previous: string | undefined, following: readonly string[], goalVerb: string): boolean {
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
function showable(word: string): boolean {
  const lemma = nounLemmas(word)[0] ?? word;
  return propKind(word) !== undefined && !sensesOf(lemma, 'noun', 3).some((sense) => [...classesOf(sense)].some((name) => unwishableClasses.has(name)));
}

/** Kinds of doing that are a wish by themselves ("dance | in the ballet show"), unlike waiting or staying ("wait | on the step"). */
const doingFiles = new Set(['verb.motion', 'verb.creation', 'verb.competition', 'verb.communication']);

function doneAlone(verb: string): boolean {
  const [sense] = sensesOf(verb, 'verb', 1);
  return sense !== undefined && (doingFiles.has(sense.lexicographerFile) || (sense.lexicographerFile === 'verb.body' && isWishableBodyDoing(sense)));
}

/**
 * A word whose commonest meaning is a time ("night", "winter", "morning"), unless it is written as the plural
 * of a thing or as one of it ("presents" and "a present" are gifts, not the present time; "springs" are no season).
 */
function isTimeWord(word: string, previous?: string): boolean {
  // "over the mountains": a linking word is never a time, though WordNet files a cricket over as one.
  if (glueWords.has(word) || sensesOf(word, 'noun', 1)[0]?.lexicographerFile !== 'noun.time') return false;
  // "learns to float": after "to", a verb is the verb, though WordNet files a float first as a time (a cheque's days in transit).
  if (previous === 'to' && lemmasOf(word, 'verb').includes(word)) return false;
  // "the carrot festival", "the harvest party": after a thing that says which one, an occasion (a time that is also a
  // celebration or an event done) is the occasion, no time of the wish.
  const saysWhich = previous !== undefined && !glueWords.has(previous) && sensesOf(previous, 'noun', 1).length > 0;
  if (saysWhich && sensesOf(word, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.act' || sense.lexicographerFile === 'noun.event')) return false;
  // "give mum a present": one of a thing, after "a", is the thing ("a morning" has no other meaning).
  // "a birthday present": after a time that says which one, too.
  const counted = !lemmasOf(word, 'noun').includes(word) || previous === 'a' || previous === 'an' || (previous !== undefined && sensesOf(previous, 'noun', 1)[0]?.lexicographerFile === 'noun.time');
  return !(counted && usedSensesOf(word, 'noun').some((sense) => thingFiles.has(sense.lexicographerFile) || sense.lexicographerFile === 'noun.artifact' || sense.lexicographerFile === 'noun.possession'));
}

/** The dictionary form of a verb as the idea wrote it ("carries" → "carry", "visiting" → "visit"). */
function verbLemma(word: string): string | undefined {
  const lemmas = lemmasOf(word, 'verb');
  // "singing" could be "singe" or "sing": the verb with more meanings is the commoner one.
  // "feed" is a verb of its own before it is "fee" with an ending: the word as written wins when it has more meanings
  // ("fell" has fewer than "fall", whose past it is). A lemma's own meanings are those that list it.
  const meanings = (lemma: string) => sensesOf(lemma, 'verb').filter((sense) => sense.words.includes(lemma)).length;
  const byMeanings = (first: string, second: string) => meanings(second) - meanings(first);
  const inflected = lemmas.filter((lemma) => lemma !== word).sort(byMeanings);
  if (inflected[0] !== undefined && lemmas.includes(word) && byMeanings(word, inflected[0]) < 0) return word;
  return inflected[0] ?? lemmas[0];
}

/**
 * What the hero of an idea wants to do, in the idea's own words from its verb on ("a walrus who wants to
 * paint the moon silver" → "paint the moon silver", "a train that carries dreams to every house" →
 * "carry dreams to every house"): every word a dictionary word or a short linking word, each passing the
 * safety check alone and the phrase passing it whole, else no goal at all. Losing, fearing, helping and
 * going somewhere are read by the plot instead (see readIdeaParts). `seeking` reads seeing, visiting and climbing as
 * wishes too; `going` reads going somewhere as one (for an idea that names no place to reach: "fly over the ice");
 * `whole` answers no wish rather than one cut short.
 */
export function readIdeaGoal(words: readonly string[], from: number, options: { seeking?: boolean; whole?: boolean; going?: boolean } = {}): string | undefined {
  let at = from;
  // "too fuzzy to fly": what the hero is too something to do is what it wants to do.
  // "has to carry the presents": having to do it is wanting it done.
  // "can't wait to become a butterfly", "is determined to pull the ship home": only how much the hero wants what follows.
  const eager = (index: number) => words[index + 1] === 'to' && ((words[index] === 'wait' && ['cant', 'cannot', 'hardly'].includes(words[index - 1])) || eagerWords.has(words[index]));
  // "has always wanted to", "had never wanted": having wanted it is wanting it.
  const hasWanted = (index: number) => obligingWords.has(words[index]) && [words[index + 1], words[index + 2]].some((next, offset) => wantingWords.has(next ?? '') && (offset === 0 || adverbsOfTime.has(words[index + 1])));
  // "wonders if he can be brave", "can't wait until she can say hello": what the hero wonders about or waits for is the wish.
  const wondersIf = (index: number) => (wonderingWords.has(words[index]) && words[index + 1] === 'if') || (words[index] === 'if' && wonderingWords.has(words[index - 1] ?? ''))
    || (words[index] === 'wait' && ['cant', 'cannot'].includes(words[index - 1] ?? '') && words[index + 1] === 'until') || (words[index] === 'until' && words[index - 1] === 'wait')
    || (words[index] === 'finally' && leadingWords.has(words[index - 1] ?? ''));
  // "to ride", never "to the park": a plain verb straight after the "to" that follows `index`.
  // "has to get to school": a word tagged texts use more as a thing than a doing is where, not what.
  const plainVerbAfterTo = (index: number) => words[index + 1] === 'to' && !determiners.has(words[index + 2] ?? '') && lemmasOf(words[index + 2] ?? '', 'verb').includes(words[index + 2] ?? '')
    && taggedSenseCount(words[index + 2], 'verb') >= taggedSenseCount(words[index + 2], 'noun');
  // A word of "on a mission to" / "on a quest to", wherever in the phrase `index` is.
  const onAMission = (index: number) => [0, 1, 2].some((offset) => words[index - offset] === 'on' && words[index - offset + 1] === 'a' && missionWords.has(words[index - offset + 2] ?? '') && words[index - offset + 3] === 'to');
  // "keeps trying to", "is on a mission to", "needs help to": only how the hero goes about wanting what follows.
  const goingAbout = (index: number) => (['keeps', 'keep', 'kept'].includes(words[index]) && wantingWords.has(words[index + 1] ?? ''))
    || onAMission(index)
    || (words[index] === 'help' && wantingWords.has(words[index - 1] ?? '') && words[index + 1] === 'to')
    // "gets to ride on a whale": what the hero gets to do (never "gets to the park", a place reached).
    || (['gets', 'get', 'got'].includes(words[index]) && plainVerbAfterTo(index))
    // "is going to fly higher": what the hero is going to do, not a trip.
    || (words[index] === 'going' && plainVerbAfterTo(index));
  // "forgot how to chime": what the hero forgot how to do is what it wants to do again.
  const forgot = (index: number) => (forgettingWords.has(words[index]) && words[index + 1] === 'how' && words[index + 2] === 'to') || (words[index] === 'how' && forgettingWords.has(words[index - 1]));
  // "helps build a playground": helping to do it is doing it, when a plain verb follows straight after.
  const helpsDo = (index: number) => ['help', 'helps', 'helping'].includes(words[index]) && words[index + 1] !== undefined && !determiners.has(words[index + 1])
    && lemmasOf(words[index + 1], 'verb').includes(words[index + 1]) && sensesOf(words[index + 1], 'verb').length > sensesOf(words[index + 1], 'noun').length;
  // "dreams that one day she will be used", "hopes someday to fly": when is no part of the wish.
  const someDay = (index: number) => (words[index] === 'one' && words[index + 1] === 'day') || (words[index] === 'day' && words[index - 1] === 'one' && words[index - 2] !== 'for') || words[index] === 'someday';
  // "wishes that he could fly", "dreams that one day she will": a "that" before who does it, or when, opens what is wished.
  const opensClause = (index: number) => words[index] === 'that' && (clauseSubjects.has(words[index + 1] ?? '') || someDay(index + 1));
  // "wants it back", "needs them": a pronoun straight after a wish word is the thing wanted, not who goes on to do something
  // ("wants it to snow" wants the snow).
  const wantedPronoun = (index: number) => pronounObjects.has(words[index]) && wantingWords.has(words[index - 1] ?? '') && words[index + 1] !== 'to' && !opensClause(index);
  // "would rather plant flowers than fight": what the hero would rather do, before the "than", is the wish.
  const ratherThan = (index: number) => words[index] === 'rather' && words[index - 1] === 'would' && words.slice(index + 2).includes('than');
  // "wants to try pizza": trying a food is tasting it, the wish itself (never "tries to", "keeps trying").
  const triesFood = (index: number) => ['try', 'tries', 'trying'].includes(words[index]) && words[index + 1] !== 'to' && isFood(headNounOf(words.slice(index + 1)));
  // "has never seen the sun", "had never tasted snow": what the hero has never done is what it wishes to do (see notYetDone below).
  const neverDone = (index: number) => ['has', 'have', 'had'].includes(words[index]) && words[index + 1] === 'never' && words[index + 2] !== undefined && verbLemma(words[index + 2]) !== undefined && verbLemma(words[index + 2]) !== words[index + 2];
  const skipped = (index: number) => (leadingWords.has(words[index]) && !wantedPronoun(index)) || neverDone(index) || (someDay(index) && index > from && (wantingWords.has(words[index - 1]) || opensClause(index - 1) || words[index - 1] === 'one')) || ratherThan(index) || (wantingWords.has(words[index]) && !triesFood(index)) || (words[index - 1] === 'too' && adjectiveLemmas(words[index]).length > 0)
    || (obligingWords.has(words[index]) && words[index + 1] === 'to') || eager(index) || forgot(index) || helpsDo(index) || hasWanted(index) || goingAbout(index) || wondersIf(index);
  while (at < words.length && skipped(at)) at += 1;
  // "learns never to eat the berries", "never wants to sleep", "will not fly": a doing said not to be done is no wish.
  // "can not fly" is what the hero cannot do yet, and "has never seen the sea" what it has not done: those are wishes
  // ("is not allowed to go" is none).
  const negated = words.slice(from, at).some((skippedWord, index, all) => (skippedWord === 'never' || skippedWord === 'not') && all[index - 1] !== 'can');
  const notYetDone = words[at] !== undefined && verbLemma(words[at]) !== words[at] && ['has', 'have', 'had'].includes(words[at - 2] ?? '');
  if (negated && words[at] !== undefined && !notYetDone) return undefined;
  // The goal follows "who", "that" or a wish word: in "a bear cub who …" the cub is no verb; "a mouse learning to ride" needs none,
  // nor "a walrus learns to share": a verb's third-person form straight after the hero, a verb more than a noun.
  // "sets off in a boat", "runs away": a verb with a particle or a place after it is the journey's, not a wish.
  const infinitiveAfter = words[at + 1] === 'to' && !determiners.has(words[at + 2] ?? '') && lemmasOf(words[at + 2] ?? '', 'verb').length > 0;
  // "my son scores the winning goal": a verb's -s form with "the" or "a" straight after it acts on a thing, though its lemma is
  // more often a noun ("score"); a noun's plural is never followed so.
  const actsOnThingNamed = words[at] !== undefined && isVerbSForm(words[at]) && ['the', 'a', 'an'].includes(words[at + 1] ?? '');
  const doesSomething = (tellsWhatHeroDoes(words[at]) || actsOnThingNamed) && (infinitiveAfter || (!prepositions.has(words[at + 1] ?? '') && !directionWords.has(words[at + 1] ?? '')));
  // "a mouse learning to ride": a verb's -ing form straight after the hero ("spring", "king" only end so). What merely happens
  // to the hero ("an ice cream cone melting in the sun": WordNet's verbs of change) is no wish.
  const ingForm = words[at]?.endsWith('ing') === true && lemmasOf(words[at], 'verb').some((lemma) => lemma !== words[at]);
  if (at === from && !ingForm && !doesSomething) return undefined;
  // Only with nothing it acts on next ("a snowplough clearing the roads" clears them), nor what it turns into ("a caterpillar
  // changing into a butterfly", "a seed growing into a tree" are becoming, a wish).
  const actsOnNothing = words[at + 1] !== 'into' && (words[at + 1] === undefined || prepositions.has(words[at + 1]) || clauseEnds.has(words[at + 1]) || directionWords.has(words[at + 1]));
  if (at === from && ingForm && !doesSomething && actsOnNothing && sensesOf(verbLemma(words[at]) ?? '', 'verb', 1)[0]?.lexicographerFile === 'verb.change') return undefined;
  // "scared of fire": what is feared is no wish, even when it can be a verb.
  if (words.slice(from, at).some((word, index, skippedWords) => fearingWords.has(word) && skippedWords[index + 1] === 'of')) return undefined;
  // "just wants someone to play with": a friend to do it with, in the storyteller's words; never someone to touch.
  const companionship = someoneToDoWith(words, at);
  if (companionship !== undefined) return companionship;
  const task = taskWithThing(words, at);
  if (task !== undefined) return task;
  // "wants a new shell": to have it.
  // "my girl wants a story where…" is the parent asking, never a wish for a story.
  // "wants one more adventure": one more, or one last, counts as a determiner does.
  // "all he wants is one ripe strawberry": what the wish is, after "is", is wanted as a thing is, and one of it counts as "a".
  const wantedIs = words[at - 1] === 'is' && wishWords.has(words[at - 2] ?? '');
  const countsOne = words[at] === 'one' && (words[at + 1] === 'more' || words[at + 1] === 'last' || (wantedIs && !isTimeWord(words[at + 1] ?? '') && (adjectiveLemmas(words[at + 1] ?? '').length > 0 || nounLemmas(words[at + 1] ?? '').length > 0)));
  // "wants treats", "needs nuts": things named in the plural straight after a wish word are wanted as "a treat" is, never a
  // doing ("wants hugs" is no wish to hug, "wants seeds" none to seed).
  const pluralThings = (word: string) => /[^s]s$/.test(word) && verbLemma(word) !== word && nounLemmas(word).some((lemma) => lemma !== word);
  // "forgot her lunchbox and needs it back": a pronoun wanted is the thing named before it, when one is (see referent).
  const wantsNamedThing = wishWords.has(words[at - 1]) && (words[at] === 'it' || words[at] === 'them') && referent(words, at - 1, 'have', words[at] === 'them') !== undefined;
  // "would love a friend", "would like a new bike": what the hero would love is wanted, as "wants a friend" is.
  const wouldLove = lovingWords.has(words[at - 1] ?? '') && words[at - 2] === 'would';
  // "wants to get a new bike": getting a thing wanted is wanting it (never getting it somewhere, see getsThingSomewhere,
  // nor one to do something with: "get a kitten to play with").
  const getsWanted = words[at] === 'get' && words[at - 1] === 'to' && wishWords.has(words[at - 2] ?? '') && determiners.has(words[at + 1] ?? '') && !getsThingSomewhere(words, at)
    && !words.slice(at + 2, at + 6).includes('to');
  const wantsThing = getsWanted || (at > from && (wishWords.has(words[at - 1]) || wantedIs || wouldLove) && (determiners.has(words[at]) || countsOne || (wishWords.has(words[at - 1]) && pluralThings(words[at])) || wantsNamedThing)
    && !words.slice(at + 1, at + 3).some((word) => framingWords.has(word)));
  if (wantsThing && !getsWanted) at -= 1;
  // "wishes she could have a birthday of her own": having what is wished for is wanting it, as "wants a birthday".
  // "dreams of having her own ship": having it, dreamt of, is wanting it as well.
  const dreamtOf = words[at - 1] === 'of' || words[at - 1] === 'about';
  // "wants to have a friend", "would love to have a pet", "wishes he had a friend": having it is wanting it too.
  const wantedToHave = words[at - 1] === 'to' && words.slice(from, at).some((skippedWord, index, all) => wishWords.has(skippedWord) || (lovingWords.has(skippedWord) && all[index - 1] === 'would'));
  const wishedHad = words[at] === 'had' && ['he', 'she', 'they', 'it'].includes(words[at - 1] ?? '');
  const wishedHaving = at > from && (modalWords.has(words[at - 1]) || dreamtOf || wantedToHave || wishedHad) && words.slice(from, at).some((skippedWord) => wishWords.has(skippedWord) || dreamingWords.has(skippedWord) || lovingWords.has(skippedWord))
    && verbLemma(words[at] ?? '') === 'have' && determiners.has(words[at + 1] ?? '');
  const word = words[at];
  if (word === undefined || lemmasOf(word, 'verb').length === 0) return undefined;
  // "loves mud", "wants cake": straight after a wish word, a word tagged texts use as a thing and never as a doing is the
  // thing ("to mud" is no wish).
  if (!wantsThing && !wishedHaving && wantingWords.has(words[at - 1] ?? '') && !word.endsWith('ing') && taggedSenseCount(word, 'verb') === 0 && taggedSenseCount(word, 'noun') > 0) return undefined;
  // "loves trains", "likes boats": straight after a word of wanting a verb's "-s" form cannot be a doing; the things loved are no wish.
  if (!wantsThing && !wishedHaving && wantingWords.has(words[at - 1] ?? '') && pluralThings(word)) return undefined;
  // "loves space and wants to visit Mars": what the hero loves or likes, with no "to" before it, is a thing, never a doing.
  if (!wantsThing && !wishedHaving && lovingWords.has(words[at - 1] ?? '') && !word.endsWith('ing')) return undefined;
  // "a star that fell from the sky": an irregular past ("fell", "swam", WordNet's exception list) straight after "who" or
  // "that" tells what already happened, not a wish; after "to", "can" or a wish word it is no past ("wants to lay an egg").
  const infinitive = words.slice(from, at).some((skippedWord) => skippedWord === 'to' || wantingWords.has(skippedWord) || modalWords.has(skippedWord));
  // After "to" or a wish word the verb is as written when it is a verb of its own: "to lay an egg" is no "lie".
  const read = infinitive && lemmasOf(word, 'verb').includes(word) ? word : verbLemma(word);
  if (!infinitive && read !== undefined && read !== word && irregularVerbLemmas(word).includes(read) && !word.endsWith('ing')) return undefined;
  const bringsThing = read === 'get' && getsThingSomewhere(words, at);
  // "get to the top of the tree": getting to a part of a thing is reaching it (read as "reach the top of the tree" is);
  // getting to a place is the journey's ("get to the sea"), or what is hoped for ("hoping to get to the flower festival").
  const getsTo = !bringsThing && !wantsThing && read === 'get' && words[at + 1] === 'to' && words[at + 2] === 'the' && ['top', 'bottom', 'end', 'edge', 'middle'].includes(words[at + 3] ?? '') && words[at + 4] === 'of';
  if (getsTo) at += 1;
  // "slow down": a verb WordNet lists with its particle keeps it, so the particle is no loose word of the goal.
  const single = wantsThing ? 'have' : bringsThing ? 'bring' : getsTo ? 'reach' : read;
  // "go on a picnic": going on an outing is the wish itself, not a trip somewhere (nor "go on", to carry on).
  const outing = single === 'go' && goesOnOuting(words, at + 1);
  // "go fishing", "go skating on the pond": going to do something is doing it, when the doing may be a wish.
  const doing = single === 'go' && (words[at + 1] ?? '').endsWith('ing') ? verbLemma(words[at + 1]) : undefined;
  const goesDoing = doing !== undefined && allowedVerb(doing) && !notGoals.has(doing);
  const listed = single !== undefined && !outing && !goesDoing && words[at + 1] !== undefined && lemmasOf(`${single} ${words[at + 1]}`, 'verb').length > 0;
  const phrasal = listed && allowedVerb(`${single} ${words[at + 1]}`) ? `${single} ${words[at + 1]}` : undefined;
  const verb = phrasal ?? single;
  if (phrasal) at += 1;
  if (verb && !allowedVerb(verb, words.slice(at + 1))) return undefined;
  // "a yeti sipping hot chocolate", "a bear who eats ice cream": eating and wearing are wishes only when wanted ("wants to
  // eat pizza", "can't wait to wear her crown"); said of the hero, they tell what the hero does.
  const [verbSense] = verb ? sensesOf(verb, 'verb', 1) : [];
  const wanted = words.slice(from, at).some((skippedWord) => skippedWord === 'to' || wantingWords.has(skippedWord));
  if (!wanted && verbSense !== undefined && blockedVerbFiles.has(verbSense.lexicographerFile) && !isWishableBodyDoing(verbSense)) return undefined;
  // Seeing and reaching are a journey's; when the idea names no place to go, what the hero wants to see is the wish ("see the sun").
  // "be friends with the tortoise", "be his friend", "be a great dancer": being a friend or a doer is a wish; being anything else is read by the plot.
  // "be an oak tree", "be a good big brother": growing into a plant or a creature, and becoming a brother or a sister
  // (after "a", never "his": being someone's family is no wish to grow into; "the first dog on the moon" is a trip).
  const growsInto = (next: string) => ['noun.plant', 'noun.animal'].includes(commonNounSenses(nounLemmas(next)[0] ?? next, 1)[0]?.lexicographerFile ?? '');
  const oneOf = words[at + 1] === 'a' || words[at + 1] === 'an';
  const becomes = (next: string) => isFriendWord(next) || isDoerWord(next) || isRoyal(next) || (oneOf && (growsInto(next) || isKinWord(next)));
  const leading = words.slice(at + 1, at + 5);
  // "be a christmas tree": the word before may make one thing with it in WordNet.
  const named = leading.findIndex((next, index) => becomes(next) && leading.slice(0, index).every((before, beforeAt) => determiners.has(before) || adjectiveLemmas(before).length > 0
    || (beforeAt === index - 1 && lemmasOf(`${before} ${next}`, 'noun').length > 0)));
  // A doer is named after "a" or "the" ("be a pilot"); straight after "be" only friends are ("be friends"; "be fed" is no federal agent).
  const befriends = verb === 'be' && named >= 0 && (named > 0 || isFriendWord(leading[0]));
  // "be clean by bedtime", "be noticed": being so is a wish, when a describing word follows (checked with the rest).
  // "be the biggest at the fair", "be the fastest": the most so of all, never of the body ("the thinnest"; checked with the rest).
  const most = words[at + 1] === 'the' && words[at + 2] !== undefined && /est$/.test(words[at + 2]) && adjectiveLemmas(words[at + 2]).some((lemma) => lemma !== words[at + 2])
    && !describesTheBody(words[at + 2]);
  // "be noticed", "be chosen", "be used at the tea party": a describing word that is a verb's participle is judged as that
  // verb, which must be one a wish may name (or using) that touches or takes no one and is no harsh word ("be tied",
  // "be punished", "be taken away", "be eaten" are no wish).
  const participle = verb === 'be' && words[at + 1] !== undefined && /(?:ed|en)$/.test(words[at + 1]) ? verbLemma(words[at + 1]) : undefined;
  const [participleSense] = participle === undefined ? [] : sensesOf(participle, 'verb', 1);
  // "be invited to the picnic": WordNet's first "invite" is to invite trouble (a feeling); being asked over is its second, social meaning.
  const asked = participle !== undefined && sensesOf(participle, 'verb', 2).some((sense) => sense.lexicographerFile === 'verb.social');
  const wishableParticiple = participle === undefined || participle === words[at + 1] || (participleSense !== undefined && (allowedVerb(participle) || isVerbOfClass(participleSense, 'use') || asked) && !touches(participle)
    && !(participleSense.lexicographerFile === 'verb.possession' && isVerbOfClass(participleSense, 'take')) && valenceOf(participle) >= 0 && words[at + 2] !== 'away');
  const beingSo = verb === 'be' && words[at + 1] !== undefined && wishableParticiple && ((adjectiveLemmas(words[at + 1]).length > 0 && sensesOf(words[at + 1], 'noun').length <= sensesOf(words[at + 1], 'adj').length) || most
    || (asked && participle !== words[at + 1]));
  // "climb up to the top": a seeking verb with its particle seeks all the same.
  // "go faster than the bikes": going more so is the wish, as "run faster" is.
  const goesMore = verb === 'go' && /(?:er|more)$/.test(words[at + 1] ?? '') && adjectiveLemmas(words[at + 1]).some((lemma) => lemma !== words[at + 1]);
  // "be part of the big spaceship", "be part of the team": belonging to a thing or a group is joining it (checked as "join" is).
  const partOf = verb === 'be' && words[at + 1] === 'part' && words[at + 2] === 'of' && words[at + 3] !== undefined;
  const sought = (options.seeking && verb !== undefined && seekingVerbs.has(verb.split(' ')[0])) || wantsThing || wishedHaving || befriends || beingSo || outing || goesDoing || goesMore || partOf;
  if (!verb || ((notGoals.has(verb) || (notGoals.has(word) && !bringsThing && !getsTo)) && !sought)) return undefined;
  // "run away (from home)": going away is leaving, never a wish a bedtime story grants.
  if (goingVerbs.has(verb.split(' ')[0]) && (verb.endsWith(' away') || words[at + 1] === 'away')) return undefined;
  // "a penguin who wants to fly" wishes to fly; "wants to fly to the moon" is a trip. Going round something ("sail around
  // the world"), over it in a leap ("jump over the fence") or in a thing that carries ("ride in a hot air balloon") goes nowhere.
  if (!options.going && goingVerbs.has(verb) && at + 1 < words.length && directionWords.has(words[at + 1]) && !goesNowhere(verb, words.slice(at + 1))) return undefined;
  // "has to stand out in the cold garden all night whenever he wets the bed": what the hero must do every time something
  // happens is a rule someone keeps over them, a punishment or a chore, never a wish the story grants.
  const obliged = words.slice(from, at).some((skipped, index, all) => obligingWords.has(skipped) && all[index + 1] === 'to') || words.slice(from, at).includes('must');
  if (obliged && words.slice(at).some((later, index, after) => later === 'whenever' || ((later === 'every' || later === 'each') && after[index + 1] === 'time'))) return undefined;
  const rest: string[] = [];
  // Whether the wish was cut short (too long, or cut back before a word no wish may name): see options.whole.
  let cut = false;
  // "see what summer looks like": what a thing looks like is the thing seen ("see summer").
  const looksLikeAt = lookingVerbs.has(verb) && words[at + 1] === 'what' ? words.findIndex((word, index) => index > at + 2 && (word === 'looks' || word === 'look') && words[index + 1] === 'like') : -1;
  // "see what's at the top", "see what is over the hill": what is somewhere is seen there ("see the top").
  const whatIsAt = lookingVerbs.has(verb) && words[at + 1] === 'what' && words[at + 2] === 'is' && placePrepositions.has(words[at + 3] ?? '') ? at + 4 : -1;
  const after = looksLikeAt > 0 ? [...words.slice(at + 2, looksLikeAt), ...words.slice(looksLikeAt + 2)] : whatIsAt > 0 ? words.slice(whatIsAt) : words.slice(at + 1);
  let joinedAt = -1;
  for (const [index, next] of after.entries()) {
    // "slow down and smell the flowers": a second wish joined by "and" goes on the goal, its verb in the plain form.
    // Only a word that is more often a verb than a noun, and goes on to its own object ("cats and dogs in the park" joins no verb).
    const joined = after[index + 1];
    const joinedVerb = next === 'and' && joined !== undefined ? verbLemma(joined) : undefined;
    const actsOn = after[index + 2] === undefined || glueWords.has(after[index + 2]);
    const endsOnThing = rest.length > 0 && !glueWords.has(rest.at(-1)!) && nounLemmas(rest.at(-1)!).length > 0;
    const verbFirst = () => !endsOnThing || sensesOf(joined, 'verb').length >= sensesOf(joined, 'noun').length;
    // "and sets off to see the sea": a verb WordNet lists with the particle after it starts a doing of its own, not a second wish.
    const phrasalNext = joinedVerb !== undefined && after[index + 2] !== undefined && lemmasOf(`${joinedVerb} ${after[index + 2]}`, 'verb').length > 0;
    if (joinedVerb !== undefined && actsOn && !phrasalNext && verbFirst() && allowedVerb(joinedVerb) && !notGoals.has(joinedVerb)) {
      rest.push('and', joinedVerb);
      joinedAt = index + 1;
      continue;
    }
    if (index === joinedAt) continue;
    // "learns never to eat the berries", "tries not to cry": a wish told without its "never" says the opposite, so there is none.
    if (next === 'never' || next === 'not') return undefined;
    // "counts the stars every night": when it happens is the story's time, not part of the wish.
    if (clauseEnds.has(next) || (next === 'than' && words.slice(from, at).includes('rather'))) break;
    // "the biggest turnip | anyone has ever seen", "the best cake | you have ever tasted": someone starting a clause of
    // their own after the thing says how the thing is, not more of the wish.
    // Only after a thing, never after a word that asks ("a bike without stabilisers, can | you make a story").
    if (clauseSubjects.has(next) && rest.length > 0 && nounLemmas(rest.at(-1)!).length > 0 && !modalWords.has(rest.at(-1)!) && verbLemma(after[index + 1] ?? '') !== undefined) break;
    // "sets off across the desert | to find the end of the rainbow": setting off is how the hero goes about the wish, and
    // the purpose after it is the wish when it may be one. When it may not (finding is the plot's), the going is no wish
    // seeking past the idea's place (see options.whole) but the trip there.
    // "rolls down the slide to bed": a word more a thing than a doing, with no thing after it, is where, not what for.
    const purposeVerb = next === 'to' ? after[index + 1] : undefined;
    const doingNext = purposeVerb !== undefined && verbLemma(purposeVerb) === purposeVerb && !determiners.has(purposeVerb)
      && (sensesOf(purposeVerb, 'verb').length >= sensesOf(purposeVerb, 'noun').length || determiners.has(after[index + 2] ?? ''));
    if (doingNext && setsOff(verb)) {
      const purpose = readIdeaGoal(after.slice(index), 0, { ...options, seeking: true });
      if (purpose) return purpose;
      if (options.whole && rest.some((kept) => !glueWords.has(kept))) return undefined;
    }
    // "finds a dragon egg and wants to hatch it": "it" straight after the verb is the thing named just before, when a wish may name it.
    const thing = (next === 'it' || next === 'them') && rest.length === 0 ? referent(words, from, verb, next === 'them') : undefined;
    if (thing) {
      rest.push('the', thing);
      continue;
    }
    // "can't change colour | joins the parade": a verb's third-person form after a thing, with its own thing after it, starts
    // what the hero does next ("plant the apple trees" is one thing, WordNet's "apple tree"; "the presents | over" no verb's).
    const endsOnNoun = rest.length > 0 && !glueWords.has(rest.at(-1)!) && nounLemmas(rest.at(-1)!).length > 0;
    if (endsOnNoun && tellsWhatHeroDoes(next) && determiners.has(after[index + 1] ?? '') && lemmasOf(`${rest.at(-1)} ${next}`, 'noun').length === 0) break;
    // "shine one last time", "fly for the very first time": how often is no part of the wish.
    // Never a thing WordNet names with "time" ("build a time machine", "bury a time capsule").
    const timesAt = after.slice(index, index + 5).findIndex((word, offset) => (word === 'time' || word === 'times') && lemmasOf(`time ${after[index + offset + 1] ?? ''}`, 'noun').length === 0);
    // It opens with "one", "for", "this" or an article, never a describing word alone ("sleep away from home | for the first time":
    // "home" is no "how often", though WordNet also lists it as describing).
    const opensHowOften = ['one', 'for', 'this'].includes(next) || determiners.has(next);
    if (timesAt > 0 && opensHowOften && after.slice(index, index + timesAt).every((word) => word === 'one' || word === 'for' || word === 'this' || determiners.has(word) || adjectiveLemmas(word).length > 0)) break;
    // A wish is told in a sentence: one longer than this ends here, cut short unless a new phrase begins ("| in the jungle").
    // A second wish joined by "and" is counted as a sentence of its own ("join up with the big puddle across the road |
    // and become a lake"), unless it goes somewhere: that trip is the places' ("and sail across the pond").
    const andAt = joinedAt >= 0 ? rest.lastIndexOf('and') : -1;
    const joinedStart = andAt >= 0 && !goingVerbs.has(rest[andAt + 1]) ? andAt + 2 : 0;
    // "carry her shell all the way | to a new garden": "all the way" only says how far, and is not counted.
    const howFar = rest.slice(joinedStart).some((kept, keptAt, all) => kept === 'all' && all[keptAt + 1] === 'the' && all[keptAt + 2] === 'way') ? 3 : 0;
    if (rest.length - joinedStart - howFar >= 8) {
      cut = !prepositions.has(next);
      // "build a boat out of a walnut shell | and sail | across the pond": a second wish whose words are cut off is left
      // out whole, never told as a bare "and sail".
      if (rest.at(-2) === 'and' && joinedAt === index - 1) rest.splice(-2);
      // "win the prize for biggest vegetable at the village | show": a phrase cut inside its noun is left out from its
      // preposition ("at the village" is not where the show is).
      const phraseAt = rest.findLastIndex((kept) => prepositions.has(kept));
      if (cut && nounLemmas(next).length > 0 && phraseAt > 0 && rest.slice(0, phraseAt).some((kept) => !glueWords.has(kept))) rest.splice(phraseAt);
      break;
    }
    // "fall asleep | until…", "be clean | by bedtime": the word WordNet lists with the verb, or how the hero wants to be,
    // is the verb's, never a loose word saying how (still checked as any word of a wish is).
    // "go | camping": the doing was checked as a verb (see goesDoing).
    if (index < 2 && partOf) {
      rest.push(next);
      continue;
    }
    if (index === 0 && goesDoing) {
      rest.push(next);
      continue;
    }
    // "be | invited": being asked over was checked as a verb (see asked).
    if (index === 0 && verb === 'be' && asked && beingSo) {
      rest.push(next);
      continue;
    }
    const complement = (listed && !phrasal) || (linkingVerbs.has(verb) && adjectiveLemmas(next).length > 0);
    if (index === 0 && complement) {
      // "stay thin": a wish to be what no wish may name is none, not a bare "stay".
      if (!allowedGoalWord(next, undefined, after.slice(1), verb)) return undefined;
      rest.push(next);
      continue;
    }
    // "count his sheep to fall asleep": a word WordNet lists with a later verb of the wish ("fall asleep") is that verb's.
    const laterVerb = rest.at(-2) === 'to' ? verbLemma(rest.at(-1)!) : undefined;
    if (laterVerb !== undefined && lemmasOf(`${laterVerb} ${next}`, 'verb').length > 0) {
      rest.push(next);
      continue;
    }
    // "walk forwards", "swim backwards", "scuttle sideways": the way a going verb goes (an adverb of WordNet's made with
    // -wards or -ways) is the wish's point, kept with it.
    if (index === 0 && goingVerbs.has(verb) && /(?:wards?|ways)$/.test(next) && isAdverb(next)) {
      rest.push(next);
      continue;
    }
    // "be a prince | lol", "see the sea | xx": a word no dictionary has, after the thing wished for, is the parent's aside.
    const thingKept = rest.length > 0 && !glueWords.has(rest.at(-1)!) && nounLemmas(rest.at(-1)!).length > 0 && verbLemma(rest.at(-1)!) === undefined;
    if (thingKept && !glueWords.has(next) && !isDictionaryWord(next) && !isAdverb(next) && !closedCompoundHead(next)) break;
    // "fly again", "come home safely": a word that only says how or when is left out, the rest of the wish kept.
    if (!glueWords.has(next) && !isDictionaryWord(next) && isAdverb(next)) continue;
    // "smile even when…", "fly just once": a word that can say how, before one that only says when or how, says how too.
    const then = after[index + 1];
    // Never a noun after "the" ("fly all the way | across the sea": "way" is the way).
    if (!glueWords.has(next) && !determiners.has(rest.at(-1) ?? '') && isAdverb(next) && then !== undefined && (timeClauses.has(then) || (!isDictionaryWord(then) && isAdverb(then)))) continue;
    // "go on a picnic": the outing is the wish, though WordNet files a picnic first as a time (a field day).
    // "wants a midnight picnic": so is having one, after a time that says when.
    // "be invited to the picnic": so is being asked to one.
    if ((outing || wantsThing || (asked && beingSo)) && rest.every((kept) => glueWords.has(kept) || adjectiveLemmas(kept).length > 0 || (wantsThing && isTimeWord(kept)) || (asked && kept === words[at + 1])) && isOuting(next)) {
      rest.push(next);
      continue;
    }
    // "remember his friend's birthday", "sing her grandma's song": after family or a friend, the apostrophe's "s" says the
    // next thing is theirs; it is wished for only as something known, told or made (a verb of knowing, telling or making),
    // never taken or touched ("take his sister's doll" is none). The thing after it is checked as any word of a wish is.
    if (next === 's' && rest.length > 0 && (isKinWord(rest.at(-1)!) || isFriendWord(rest.at(-1)!))) {
      if (!ownsKnownThing(verb)) return undefined;
      rest.push(next);
      continue;
    }
    // "his friend's birthday": an occasion that is someone's is the thing wished for, no time of the wish.
    if (rest.at(-1) === 's' && isTimeWord(next, rest.at(-1))) {
      rest.push(next);
      break;
    }
    // "a birthday cake": a time before a thing only says which thing.
    const nextNoun = after[index + 1] !== undefined && !glueWords.has(after[index + 1]) && !clauseEnds.has(after[index + 1]) && nounLemmas(after[index + 1]).length > 0;
    if (isTimeWord(next, rest.at(-1)) && nextNoun) {
      rest.push(next);
      continue;
    }
    // "wants a quiet nap", "wants a happy birthday": a time wanted is the thing itself (WordNet files a nap as a time).
    if (isTimeWord(next, rest.at(-1)) && wantsThing && rest.every((kept) => determiners.has(kept) || adjectiveLemmas(kept).length > 0)) {
      rest.push(next);
      continue;
    }
    if (isTimeWord(next, rest.at(-1))) {
      // "practises every single day to become a ballet dancer": what the doing is for is the wish.
      if (after[index + 1] === 'to' && verbLemma(after[index + 2] ?? '') !== undefined) {
        const purpose = readIdeaGoal(['to', ...after.slice(index + 2)], 0, options);
        if (purpose) return purpose;
      }
      // "see the summer", "stay awake to see the sunrise": a time straight after a verb is what the hero wants.
      const lastVerb = rest.findLastIndex((kept, keptAt) => rest[keptAt - 1] === 'to' && verbLemma(kept) !== undefined);
      if (rest.slice(lastVerb + 1).every((kept) => determiners.has(kept))) {
        rest.push(next);
        break;
      }
      // "on a windy morning", "every night": the words that led to the time go with it ("stay awake | at night" keeps "awake").
      const timeStart = rest.findLastIndex((kept) => glueWords.has(kept));
      if (timeStart >= 0 && rest.slice(timeStart + 1).every((kept) => lemmasOf(kept, 'noun').length === 0)) rest.splice(timeStart);
      // "practise every single day": the words that say which time go with it.
      else if (rest.length > 0 && timeMarkers.has(rest.at(-1)!)) while (rest.length > 0 && (determiners.has(rest.at(-1)!) || timeMarkers.has(rest.at(-1)!))) rest.pop();
      break;
    }
    // "learn to tie his shoelaces": a thing is checked with the verb that acts on it, the last one after "to".
    const actingVerb = [verb, ...rest].reduce((acting, kept, keptAt, all) => (all[keptAt - 1] === 'to' ? verbLemma(kept) ?? acting : acting), partOf ? 'join' : verb);
    // "build a treehouse | with his grandpa", "make a card | for her mum": family is a wish's only when the wish is done to them ("teach his little brother").
    // "roar | like his dad": "like" is a preposition here, though WordNet also lists it as a describing word.
    const kinAfterPreposition = isKinWord(next) && prepositions.has(rest.filter((kept) => !determiners.has(kept) && (prepositions.has(kept) || adjectiveLemmas(kept).length === 0)).at(-1) ?? '');
    if (!glueWords.has(next) && (kinAfterPreposition || !allowedGoalWord(next, rest.at(-1), after.slice(index + 1), actingVerb))) {
      // "balance a ball on her nose": the wish is kept up to the phrase that says where or with whom, when what is
      // left names a thing; the rest is reported as not understood (ideaUsage), never written.
      // "dance | with the ballerina": the verb alone when who it is done with comes straight after it ("wait | on the step" says nothing alone).
      // "make friends with the kid": a friendship with someone no wish may name is no wish at all, not "make friends".
      const namesFriend = [word, ...rest].some(isFriendWord);
      if (namesFriend && commonNounSenses(nounLemmas(next)[0] ?? next, 1)[0]?.lexicographerFile === 'noun.person') return undefined;
      const cutAt = rest.findLastIndex((kept) => prepositions.has(kept));
      if (cutAt < 0 || (cutAt === 0 && rest[0] !== 'with' && !doneAlone(verb)) || (cutAt > 0 && !rest.slice(0, cutAt).some((kept) => !glueWords.has(kept)))) return undefined;
      rest.splice(cutAt);
      cut = true;
      break;
    }
    rest.push(next);
  }
  // "stay up | all day": a lone particle WordNet lists with the verb is the verb's, never a loose word.
  const particle = rest.length === 1 && lemmasOf(`${verbLemma(verb) ?? verb} ${rest[0]}`, 'verb').length > 0;
  // "carry her shell all the way | to a new garden": cut before where, "all the way" says nothing.
  if (rest.length > 3 && rest.slice(-3).join(' ') === 'all the way') rest.splice(-3);
  // "tells all the other toys about | his day": a phrase cut before its thing leaves no loose "about" at the end.
  while (!particle && rest.length > 0 && (dangles(rest.at(-1)!) || rest.at(-1) === 'about')) rest.pop();
  // "remember it", "find them": a pronoun says nothing of what is wanted (WordNet's "it" is information technology).
  if (rest.length === 1 && pronounObjects.has(rest[0])) return undefined;
  // "see what's at the top": a wish that ends on a word that asks ("see what") has lost what it asks about.
  if (rest.length > 0 && questionWords.has(rest.at(-1)!)) return undefined;
  // "teach his niece | to keep secrets": family is a wish's only with what is done for them; cut back to them, it is none.
  // Becoming "a big sister" is growing up, not a wish done to family.
  if (rest.length > 0 && isKinWord(rest.at(-1)!) && !(becomingVerbs.has(verb) && (rest[0] === 'a' || rest[0] === 'an'))) return undefined;
  // "is trying to learn | before the party": learning or remembering says nothing without what.
  if (rest.length === 0 && !verb.includes(' ') && learns(verb)) return undefined;
  // "be part of | the gang": belonging to what no wish may name is no wish, not a bare "be part".
  if (partOf && rest.length <= 2) return undefined;
  // "dream of meeting one day": meeting says nothing without whom ("wanted to meet" is no wish to tell).
  if ((cut && options.whole) || ((verb === 'be' || verb === 'meet') && rest.length === 0)) return undefined;
  const [toldVerb, ...toldRest] = wishTold(verb, rest);
  // "rain on the desert so the flowers can grow": what the wish is for, said after "so", goes with it when it may be told.
  const soAt = after.findIndex((next) => clauseEnds.has(next));
  const purpose = !cut && after[soAt] === 'so' ? readPurpose(after.slice(soAt + 1)) : undefined;
  const told = [toldVerb, ...toldRest, ...(purpose ?? [])];
  const goal = told.join(' ');
  return told.every(safe) && safe(goal) ? goal : undefined;
}

/** Who or what a purpose may be for: everyone, or things, plants and creatures (never a person the idea names). */
const purposeSubjects = new Set(['everyone', 'everybody']);

/**
 * "so the flowers can grow", "so that everyone can see the stars": a purpose told in the storyteller's words, "so" and
 * who or what it is for (everyone, or things, plants or creatures after "the", "his", …), "could" and a doing read as a
 * wish is read and checked (see readIdeaGoal), or nothing.
 */
function readPurpose(words: readonly string[]): string[] | undefined {
  let at = words[0] === 'that' ? 1 : 0;
  const subject: string[] = [];
  if (purposeSubjects.has(words[at] ?? '')) subject.push(words[at++]);
  else {
    if (!determiners.has(words[at] ?? '')) return undefined;
    subject.push(words[at++]);
    while (words[at] !== undefined && !modalWords.has(words[at]) && subject.length < 4) subject.push(words[at++]);
    const head = subject.at(-1)!;
    const [sense] = commonNounSenses(nounLemmas(head)[0] ?? head, 1);
    const thingOrCreature = sense !== undefined && (thingFiles.has(sense.lexicographerFile) || sense.lexicographerFile === 'noun.artifact');
    if (!thingOrCreature || forbiddenNoun(nounLemmas(head)[0] ?? head) || subject.slice(1, -1).some((word) => adjectiveLemmas(word).length === 0)) return undefined;
  }
  if (!['can', 'could', 'will', 'would'].includes(words[at] ?? '')) return undefined;
  const doing = readIdeaGoal(['to', ...words.slice(at + 1)], 0, { whole: true });
  return doing === undefined ? undefined : ['so', ...subject, 'could', ...doing.split(' ')];
}

/**
 * What a friend is never wanted for, by any of the verb's three commonest meanings: touching, the body, feeling, eating
 * ("someone to tickle": WordNet's third "tickle" is a touch, its first a feeling).
 */
const closeFiles = new Set(['verb.contact', 'verb.body', 'verb.perception', 'verb.emotion', 'verb.consumption']);
const isCloseDoing = (verb: string) => sensesOf(verb, 'verb', 3).some((sense) => closeFiles.has(sense.lexicographerFile));

/**
 * The wish as a story tells it, from words every one of which was read and checked: "wants his kite to fly higher" is
 * not "have his kite to fly higher" but helping the kite fly higher; "wants the crows to be his friends" is making friends
 * with the crows; "needs help bringing in the pumpkins" is helping bring them in.
 */
function wishTold(verb: string, rest: readonly string[]): string[] {
  // "wants a friend", "wishes he had a friend": a friend is met, as "find a friend" is (the story opens with a best friend already).
  if (verb === 'have' && (rest[0] === 'a' || rest[0] === 'an') && rest.length <= 3 && isFriendWord(rest.at(-1)!) && rest.slice(1, -1).every((word) => word === 'new' || word === 'best')) return ['find', 'a', 'new', rest.at(-1)!];
  // "wants a friend to play with" (its "with" dropped as a loose word): finding one to do it with, as someoneToDoWith tells it;
  // never one to touch, hug or kiss ("a friend to cuddle" is finding a new friend).
  if (verb === 'have' && rest.length === 4 && rest[0] === 'a' && isFriendWord(rest[1]) && rest[2] === 'to' && lemmasOf(rest[3], 'verb').includes(rest[3])) {
    return allowedVerb(rest[3]) && !isCloseDoing(rest[3]) && !notGoals.has(rest[3]) ? ['find', 'a', 'friend', 'to', rest[3], 'with'] : ['find', 'a', 'new', rest[1]];
  }
  const toAt = rest.indexOf('to');
  const thingBefore = toAt > 0 && rest.slice(0, toAt).some((word) => nounLemmas(word).length > 0) && !rest.slice(0, toAt).some((word) => prepositions.has(word));
  const then = verbLemma(rest[toAt + 1] ?? '');
  if (verb === 'have' && thingBefore && then !== undefined) {
    const named = rest.slice(0, toAt);
    const befriended = then === 'be' && rest.slice(toAt + 2).some(isFriendWord);
    if (befriended) return ['make', 'friends', 'with', ...named];
    // Only a going the thing itself does ("his kite to fly"); "glasses to see the stars", "a shell to live in" are what they are for.
    if (sensesOf(then, 'verb', 1)[0]?.lexicographerFile === 'verb.motion') return ['help', ...named, then, ...rest.slice(toAt + 2)];
  }
  // "learn swim", as a parent new to English writes it: learning a doing is learning to do it ("learn dance" may be the dance).
  if (learns(verb) && rest[0] !== undefined && lemmasOf(rest[0], 'verb').includes(rest[0]) && sensesOf(rest[0], 'verb').length > sensesOf(rest[0], 'noun').length) return [verb, 'to', ...rest];
  const doing = verb === 'help' && rest[0]?.endsWith('ing') ? verbLemma(rest[0]) : undefined;
  if (doing !== undefined && doing !== rest[0]) return [verb, doing, ...rest.slice(1)];
  return [verb, ...rest];
}

/**
 * "has to get the birthday presents to the next town", "get her cows back": "get" at `at`, a thing, and within a few words
 * "back", "home" or "to" a place, which is bringing the thing there ("get a dog to play with" gets one; "get lost" and
 * "get home" are the plot's).
 */
function getsThingSomewhere(words: readonly string[], at: number): boolean {
  if (!determiners.has(words[at + 1] ?? '')) return false;
  const place = (next = '') => determiners.has(next) || (nounLemmas(next).length > 0 && sensesOf(next, 'noun').length > sensesOf(next, 'verb').length);
  const turnAt = words.findIndex((next, index) => index > at + 1 && index < at + 7 && (next === 'back' || next === 'home' || next === 'to'));
  return turnAt > 0 && (words[turnAt] !== 'to' || place(words[turnAt + 1]));
}

/**
 * Verbs of setting off or travelling ("set off", "start out", "travel", "journey"): among their two commonest meanings, one
 * WordNet files as a kind of leaving or of travelling. A "to" and a plain verb after one say what the going is for.
 */
function setsOff(verb: string): boolean {
  return sensesOf(verb, 'verb', 2).some((sense) => sense.lexicographerFile === 'verb.motion' && (isVerbOfClass(sense, 'leave') || isVerbOfClass(sense, 'travel')));
}

/**
 * The thing "it" stands for: what a doing in the few words before the wish acts on ("finds a tiny door at the bottom of the
 * garden and is determined to open it": the door), the last noun after its "a", "the" or whose, when a wish may name it
 * with the verb; never the hero the idea opens with ("a fox who wants to remember it"), nor a person. `them`: the things
 * "them" stands for, named in the plural and told so ("making sweet treats … wants to share them": the treats), which
 * may follow their verb with no article.
 */
function referent(words: readonly string[], before: number, verb: string, them = false): string | undefined {
  for (let at = before - 1; at >= Math.max(1, before - 14); at -= 1) {
    // "a lighthouse keeper whose light went out and he needs to fix it": the hero's own thing, named after "whose", as a thing acted on is.
    const heroOwns = words[at] === 'whose';
    const afterVerb = lemmasOf(words[at - 1], 'verb').length > 0 && !determiners.has(words[at - 1]);
    const bare = them && afterVerb && !determiners.has(words[at]) && !glueWords.has(words[at]) && !clauseEnds.has(words[at]);
    if (!heroOwns && !bare && (!determiners.has(words[at]) || !afterVerb)) continue;
    // "a big red ball", "a baby dragon egg": describing words and nouns in a row, up to a word that starts a phrase or a clause.
    let last: string | undefined;
    for (let next = bare ? at : at + 1; next < before && !glueWords.has(words[next]) && !prepositions.has(words[next]) && !clauseEnds.has(words[next]); next += 1) {
      if (nounLemmas(words[next]).length > 0) last = words[next];
      else if (adjectiveLemmas(words[next]).length === 0) break;
    }
    const noun = nounLemmas(last ?? '')[0];
    if (them && (last === undefined || noun === last)) return undefined;
    const fits = noun !== undefined && noun.length > 2 && !forbiddenNoun(noun) && allowedNoun(noun, verb) && safe(noun);
    return fits ? (them ? last : noun) : undefined;
  }
  return undefined;
}

/** Whether going on from a verb of going ("sail | around the world", "jump | over the fence", "ride | in a balloon") reaches no place: the doing is the wish. */
function goesNowhere(verb: string, following: readonly string[]): boolean {
  const [direction] = following;
  if (direction === 'around' || (direction === 'over' && leapingVerbs.has(verb))) return true;
  if (direction !== 'in' && direction !== 'on') return false;
  // "in a big red boat", "in a hot air balloon": the thing is the longest name WordNet knows after the article ("hot-air balloon"), else
  // the first noun after the describing words.
  let at = 1;
  while (at < following.length && determiners.has(following[at])) at += 1;
  const spellings = (run: readonly string[]) => [run.join(' '), run.length > 2 ? `${run[0]}-${run.slice(1).join(' ')}` : run.join('-')];
  const named = [3, 2].flatMap((length) => (following.length >= at + length ? spellings(following.slice(at, at + length)) : [])).find((name) => lemmasOf(name, 'noun').length > 0);
  // "a big red plane": a describing word before another word describes it.
  while (named === undefined && at + 1 < following.length && adjectiveLemmas(following[at]).length > 0 && nounLemmas(following[at + 1]).length > 0) at += 1;
  const name = named ?? following[at];
  return name !== undefined && commonNounSenses(nounLemmas(name)[0] ?? name, 1).some((sense) => classesOf(sense).has('conveyance'));
}

/** Whether a wish names the place ("see the sea" names "the sea"; "climb to the top of the tree" does not name "the jungle"). */
export function goalNamesPlace(goal: string, place: string): boolean {
  const head = place.split(' ').at(-1)!;
  return goal.split(' ').slice(1).some((word) => word === head || nounLemmas(word).includes(head));
}

/**
 * Whether a wish to go somewhere is only the trip to the idea's destination ("float all the way down the river to
 * the sea"), so the journey tells it. A wish that takes a thing along ("carry the presents over the mountains") is
 * more than the trip, and stays a wish.
 */
export function isTrip(goal: string, movesSomewhere: (verb: string) => boolean): boolean {
  const [single, ...words] = goal.split(' ');
  // "set off across the desert": a verb told with its particle sets off when WordNet says so, whatever its first meaning.
  const departs = words.length > 0 && setsOff(`${single} ${words[0]}`);
  const [verb, rest] = departs ? [`${single} ${words[0]}`, words.slice(1)] : [single, words];
  if (!(departs || movesSomewhere(verb)) || goesNowhere(verb, rest)) return false;
  // What the verb acts on comes before the first phrase that says where; "all the way" is how far, not a thing.
  const acted = rest.slice(0, Math.max(0, rest.findIndex((word) => prepositions.has(word) || directionWords.has(word))));
  return !acted.some((word) => !determiners.has(word) && word !== 'way' && nounLemmas(word).length > 0);
}

/** How an idea says a thing will not do what it should ("won't" and "can't" reach here as "wont" and "cant"). */
const refusals = [['will', 'not'], ['wont'], ['does', 'not'], ['doesnt'], ['cannot'], ['cant'], ['can', 'not'], ['would', 'not'], ['wouldnt'], ['did', 'not'], ['didnt']];

/**
 * "a witch whose broom will not fly", "whose kite won't go up": the hero's thing that will not do what it should is the
 * wish, to make it do so again ("make the broom fly again"). Only a thing a wish may make or mend (never a person nor the
 * body: "whose tummy won't stop hurting" is no wish), doing what a wish may name, the whole passing the check.
 */
export function workingAgain(words: readonly string[]): string | undefined {
  const whose = words.indexOf('whose');
  if (whose < 0) return gettingToWork(words);
  const { thing, at } = thingNamedFrom(words, whose + 1);
  const refusal = refusals.find((said) => said.every((word, offset) => words[at + 1 + offset] === word));
  if (thing === undefined || refusal === undefined) return undefined;
  const verbAt = at + 1 + refusal.length;
  const verb = words[verbAt];
  if (verb === undefined || !lemmasOf(verb, 'verb').includes(verb) || !allowedVerb(verb) || touches(verb) || !allowedNoun(thing, 'make')) return undefined;
  // "won't go straight": one word of how goes with it; "any more" is only when.
  const how = !['anymore', 'again'].includes(words[verbAt + 1] ?? '') && saysHow(words[verbAt + 1]) ? ` ${words[verbAt + 1]}` : '';
  const goal = `make the ${thing} ${verb}${how} again`;
  return safe(goal) ? goal : undefined;
}

/** "her broom", "his big red kite": the thing named from `start`, past its describing words, and where its noun stands. */
function thingNamedFrom(words: readonly string[], start: number): { thing: string | undefined; at: number } {
  let at = start;
  while (words[at + 1] !== undefined && adjectiveLemmas(words[at]).length > 0 && nounLemmas(words[at + 1]).length > 0) at += 1;
  return { thing: nounLemmas(words[at] ?? '')[0], at };
}

/** "straight", "properly": one word after a doing that says how it is done (an adverb, or a describing word and no noun). */
function saysHow(word: string | undefined): word is string {
  return word !== undefined && (isAdverb(word) || (adjectiveLemmas(word).length > 0 && nounLemmas(word).length === 0));
}

/**
 * "a little witch who can't get her broom to fly straight", "cannot make his kite fly": the hero's thing they cannot get to
 * do what it should is the wish, to make it do so ("make the broom fly straight"), checked as workingAgain checks it.
 */
function gettingToWork(words: readonly string[]): string | undefined {
  const getAt = words.findIndex((word, at) => (word === 'get' || word === 'make') && (['cant', 'cannot'].includes(words[at - 1] ?? '') || (words[at - 1] === 'not' && words[at - 2] === 'can')));
  if (getAt < 0 || !['the', 'his', 'her', 'its', 'their'].includes(words[getAt + 1] ?? '')) return undefined;
  const { thing, at } = thingNamedFrom(words, getAt + 2);
  const verbAt = words[getAt] === 'get' ? (words[at + 1] === 'to' ? at + 2 : -1) : at + 1;
  const verb = words[verbAt];
  if (thing === undefined || verb === undefined || !lemmasOf(verb, 'verb').includes(verb) || sensesOf(verb, 'verb').length <= sensesOf(verb, 'noun').length) return undefined;
  if (!allowedVerb(verb) || touches(verb) || !allowedNoun(thing, 'make')) return undefined;
  const next = words[verbAt + 1];
  const how = saysHow(next) ? ` ${next}` : '';
  const goal = `make the ${thing} ${verb}${how}`;
  return safe(goal) ? goal : undefined;
}

/** The hero said again after "with" or "to" ("someone would play tag with him"). */
const heroPronouns = new Set(['him', 'her', 'them', 'it']);

/** Words for a person not yet known: wanting one ("wants someone to play with") is wanting a friend. */
const someoneWords = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/** "wants someone to play with", "needs somebody to talk to" → "find a friend to play with": the verb alone is the idea's. */
function someoneToDoWith(words: readonly string[], from: number): string | undefined {
  // "searching for someone to play with": looking for someone is wanting them.
  const looking = ['look', 'search', 'hunt'].includes(verbLemma(words[from] ?? '') ?? '') && words[from + 1] === 'for';
  // "can't find anyone to play with": someone not found yet is someone wanted.
  const notFound = verbLemma(words[from] ?? '') === 'find' && ['cant', 'cannot', 'never', 'not'].includes(words[from - 1] ?? '');
  const at = looking ? from + 2 : notFound ? from + 1 : from;
  // "wishes someone would play tag with him": what someone would do with the hero is the same wish.
  if (!(looking || notFound || wishWords.has(words[at - 1] ?? '')) || !someoneWords.has(words[at]) || !['to', 'would', 'could'].includes(words[at + 1] ?? '')) return undefined;
  const verb = verbLemma(words[at + 2] ?? '');
  // "someone to play chess with": one thing a wish may name may come between.
  const object = words[at + 3] !== undefined && verb !== undefined && !glueWords.has(words[at + 3]) && !clauseEnds.has(words[at + 3]) && allowedNoun(words[at + 3], verb) ? words[at + 3] : undefined;
  const linkedAt = object ? at + 4 : at + 3;
  const linked = words[linkedAt];
  const ends = linked === undefined || clauseEnds.has(linked) || ((linked === 'with' || linked === 'to') && (words[linkedAt + 1] === undefined || clauseEnds.has(words[linkedAt + 1])
    || (heroPronouns.has(words[linkedAt + 1]) && (words[linkedAt + 2] === undefined || clauseEnds.has(words[linkedAt + 2])))));
  if (verb === undefined || !ends || !allowedVerb(verb) || isCloseDoing(verb) || notGoals.has(verb)) return undefined;
  const goal = `find a friend to ${verb}${object ? ` ${object}` : ''}${linked === 'with' || linked === 'to' ? ` ${linked}` : ''}`;
  return safe(goal) ? goal : undefined;
}

/**
 * "has one last letter to deliver", "has a cake to bake": a thing the hero has to do something with is the wish to do it
 * ("deliver the letter"), when the verb and the thing are ones a wish may name and the clause ends after the verb.
 */
function taskWithThing(words: readonly string[], at: number): string | undefined {
  if (!['has', 'have', 'had'].includes(words[at]) || !['a', 'an', 'one', 'the', 'his', 'her', 'its', 'their'].includes(words[at + 1] ?? '')) return undefined;
  let noun = at + 2;
  // "one last letter", "a very big cake": how many and describing words before the thing.
  while (noun < words.length && (['last', 'more', 'very', 'big', 'little'].includes(words[noun]) || (adjectiveLemmas(words[noun]).length > 0 && nounLemmas(words[noun + 1] ?? '').length > 0))) noun += 1;
  const thing = nounLemmas(words[noun] ?? '')[0];
  const verb = words[noun + 1] === 'to' ? words[noun + 2] : undefined;
  const ends = words[noun + 3] === undefined || clauseEnds.has(words[noun + 3]) || timeClauses.has(words[noun + 3]);
  if (thing === undefined || verb === undefined || !ends || !lemmasOf(verb, 'verb').includes(verb) || notGoals.has(verb)) return undefined;
  // "has a lot to learn": how much is no thing.
  const quantity = sensesOf(thing, 'noun', 2).some((sense) => sense.lexicographerFile === 'noun.quantity');
  if (quantity || !allowedVerb(verb) || forbiddenNoun(thing) || !allowedNoun(thing, verb)) return undefined;
  const goal = `${verb} the ${thing}`;
  return safe(thing) && safe(goal) ? goal : undefined;
}

/** "paint" → "paints", "carry" → "carries", "brush" → "brushes": the title's verb. */
export function thirdPerson(verb: string): string {
  if (verb === 'be') return 'is';
  if (verb === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}
