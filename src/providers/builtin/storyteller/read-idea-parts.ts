import { checkIdeaPart } from '../../../safety/index.ts';
import { boundary, goalWithinSentence } from './goal-within-sentence.ts';
import type { SafetyLessonId } from '../../../safety/find-safety-lesson.ts';
import { isDictionaryWord, lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { nounLemma } from './prop-kind.ts';
import { findIdeaHero, namingWords, nounForms, speaking, type Being, type ChildName } from './find-idea-hero.ts';
import { adjectiveLemmas, allowedNoun, classesOf, eagerWords, forgettingWords, clauseEnds, goalNamesPlace, isFriendWord, isKinWord, isSomeone, isTrip, learns, prepositions, readIdeaGoal, seekingVerbs, wantingWords, workingAgain } from './read-idea-goal.ts';
import { isKnownNamedPlace, withPlaceNamesWritten } from './named-place.ts';
import { isAt, movesSomewhere, pointers, readIdeaPlaces } from './read-idea-places.ts';
import { familySought, familyVisited, goalGoesHome, goesHome, leavingWords, strandedWords } from './read-way-home.ts';
import { readChildName } from './read-child-name.ts';
import { readIdeaProps } from './read-idea-props.ts';
import { heritageBefore } from './read-heritage.ts';
import { readHeroName } from './read-hero-name.ts';
import { readHopedFor } from './read-hoped-for.ts';
import { readFearOwner } from './read-fear-owner.ts';
import {
  fearWords, feelingWords, heroTraits, keepsakeWords, makeableWords, timeWords, troubleWords,
} from './idea-vocabulary.ts';

/** A plot the idea asks for, or one of Kiln's own safety stories (see find-safety-lesson.ts). */
export type PlotShape = 'journey' | 'way-home' | 'happy-day' | 'lost-and-found' | 'small-fear' | 'making-something' | 'helping-a-friend' | 'wish' | SafetyLessonId;
export type TimeOfDay = 'morning' | 'day' | 'evening' | 'night';

export type { Being };

/**
 * What the storyteller takes from an idea: only recognised words, each also passed by the safety
 * check on its own. The idea's own sentences are never kept.
 */
export interface IdeaParts {
  /** Absent when the idea names no creature: the listener is then the hero. */
  hero?: Being;
  /** How the idea named the listener when the listener is the hero ("girl", "boy"): the story calls them so. */
  listener?: string;
  traits: string[];
  /** A thing the hero hopes for, when the idea's wish could not be read as a doing ("hoping to be picked for the parade"): see read-hoped-for.ts. */
  hopedFor?: string;
  /** The name the idea gives its hero ("a tractor named Tilly"), when it is safe to tell (see read-hero-name.ts). */
  heroName?: string;
  /** The people or faith the idea gives a person hero or the listener ("hindu" in "a little Hindu girl"), see read-heritage.ts. */
  heritage?: string;
  companions: Being[];
  /** A place the hero wishes to reach (`sea`), for journeys. */
  destination?: string;
  /** The journey's place is the hero's own home, gone back to ("fell out of the sky and wants to get back home"). */
  returnsHome?: boolean;
  /** Where the way home ends, when the idea names the home by its name ("get home to Antarctica"): the hero lives there. */
  homeIn?: string;
  /** Family the way home ends with the hero back with, as the idea owns them ("looking for her mum": "her mum"). */
  reunitedWith?: string;
  /** The journey as the idea said it, read and checked as a goal is ("ride on a whale to the other side"): the last scene says it was done. */
  trip?: string;
  /** Where the story happens when it is not a journey. */
  setting?: string;
  /** The thing at the heart of the story: lost, or to be made. */
  thing?: string;
  /** Things the idea names that are no character and no place ("storm", "marshmallows", "museum"), as it said them: the story shows each once. */
  props?: string[];
  /** What the hero wants to do, in the idea's own words ("paint the moon silver"); the last scene says it is done. */
  goal?: string;
  /** The goal as a doing, when the idea said it so ("dreams of flying" → "flying"): the last scene says it the same way. */
  goalDoing?: string;
  fear?: string;
  trouble?: string;
  feeling?: string;
  time?: TimeOfDay;
  /** A safety story's parent or grandparent the idea names ("Mum", "Dad", "Grandma"): who helps, or in "not my fault" who is having a hard time. */
  grownUp?: string;
  plot: PlotShape;
}

/** Words that stand for a thing named elsewhere: never the thing itself. */
const pronounThings = new Set(['it', 'them', 'this', 'that', 'these', 'those', 'one']);
const strongLostCues = new Set(['lost', 'lose', 'loses', 'losing', 'missing']);
/** "gets lost in the fog", "is lost": the hero is lost, and finds the way, which is a journey and no search for a thing. */
const heroIsLost = (words: readonly string[], at: number) => words[at] === 'lost' && words[at + 1] !== undefined && !['his', 'her', 'its', 'their', 'a', 'an', 'the'].includes(words[at + 1])
  && ['get', 'gets', 'got', 'getting', 'is', 'was', 'became', 'becomes'].includes(words[at - 1] ?? '');

/**
 * "find the lost island", "a missing star": after "a" or "the", "lost" only describes the thing; nobody in the story lost it.
 * A lost friend ("helps a lost ladybird") is still someone lost.
 */
const describesOnly = (words: readonly string[], at: number, companions: readonly Being[]) =>
  ['a', 'an', 'the'].includes(words[at - 1] ?? '') && !companions.some((being) => nounForms(words[at + 1] ?? '').includes(being.word));
const lostCues = new Set(['find', 'finds', 'search', 'searching']);
/** Words of looking that lead, with "for", to what is sought ("is looking for", "searches for"). */
const lookingWords = new Set(['look', 'looks', 'looking', 'search', 'searches', 'searching', 'hunt', 'hunts', 'hunting']);
const helpCues = new Set(['help', 'helps', 'helping', 'rescue', 'rescues', 'stuck', 'broken', 'hurt']);
const makeCues = new Set(['make', 'makes', 'making', 'build', 'builds', 'building', 'bake', 'bakes', 'baking', 'paint', 'paints', 'knit', 'knits', 'sew', 'sews', 'create', 'creates']);
const fearCues = new Set(['afraid', 'scared', 'frightened', 'nervous', 'worried', 'fear', 'timid']);

/** The listed form of a word (singular when listed singular), or undefined when no list has it. */
function listed(word: string, has: (candidate: string) => boolean): string | undefined {
  return nounForms(word).find(has);
}

const safe = (word: string) => checkIdeaPart(word, 'child').safe;

/** Words that link, never the thing: "in", "on", "at" are also nouns in WordNet (an inch, Indiana). */
const linkingWords = new Set(['in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'into', 'onto', 'up', 'down', 'out', 'off', 'over', 'under', 'away', 'and', 'or', 'who', 'that']);
const articles = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'my', 'our', 'some', 'all', 'favourite', 'favorite']);

/** A noun whose commonest meaning is an amount, a portion or a gathering of what follows "of" ("a crumb of", "a piece of", "a bunch of"), by WordNet's classes. */
function namesAnAmount(word: string): boolean {
  const [sense] = sensesOf(word, 'noun', 1);
  return sense !== undefined && (sense.lexicographerFile === 'noun.quantity' || [...classesOf(sense)].some((name) => name === 'portion' || name === 'collection'));
}

/** "forgets where she hid", "forgot where he put": the index of the verb saying where the thing went, or -1. */
function forgottenPlaceAt(words: readonly string[]): number {
  const at = words.findIndex((word, index) => (forgettingWords.has(word) || word === 'forget') && words[index + 1] === 'where');
  if (at < 0) return -1;
  return words.findIndex((word, index) => index > at + 1 && index <= at + 4 && lemmasOf(word, 'verb').some((lemma) => lemma !== word));
}

/**
 * "forgot her lunchbox at home", "left his scarf on the bus": a made thing of the hero's own, forgotten or left behind, is
 * lost as any lost thing is (never a birthday, a song or a friend, which no one puts back beside the bed).
 */
function forgottenThingAt(words: readonly string[]): number {
  return words.findIndex((word, at) => (forgettingWords.has(word) || word === 'left' || word === 'leaves') && possessiveWords.has(words[at + 1] ?? '')
    && [nounAfter(words, at)].some((thing) => thing !== undefined && sensesOf(thing, 'noun', 1)[0]?.lexicographerFile === 'noun.artifact'));
}

/** The thing named after a word ("loses his banana" → "banana"), singular, when it is a safe dictionary noun. */
function nounAfter(words: readonly string[], at: number): string | undefined {
  let next = at + 1;
  while (next < words.length && articles.has(words[next])) next += 1;
  // "find buried treasure", "lost her shiny red ball": describing words before the thing are passed over.
  // "the perfect leaf": a word that can describe, before a noun, describes it; "a dinosaur egg": the last noun is the thing.
  const isNoun = (at: number) => words[at] !== undefined && !articles.has(words[at]) && !linkingWords.has(words[at]) && lemmasOf(words[at], 'noun').length > 0;
  while (next + 1 < words.length && (heroTraits.has(words[next]) || (adjectiveLemmas(words[next]).length > 0 && (lemmasOf(words[next], 'noun').length === 0 || isNoun(next + 1))))) next += 1;
  // "a dinosaur egg", "a teddy bear": the next noun goes on the thing when WordNet names the two together or texts use it as
  // a noun more than as a verb; "his croak | n wants it back" (a letter, a pronoun, a verb) and "her way | back" end it.
  // A time says when, never which thing ("the dentist | tomorrow").
  const goesOn = (at: number) => isNoun(at + 1) && (lemmasOf(`${words[at]} ${words[at + 1]}`, 'noun').length > 0
    || (taggedSenseCount(words[at + 1], 'noun') > taggedSenseCount(words[at + 1], 'verb') && sensesOf(words[at + 1], 'noun', 1)[0]?.lexicographerFile !== 'noun.time'));
  const first = next;
  while (isNoun(next) && goesOn(next)) next += 1;
  // "the biggest piece of cheese", "a slice of cake": a part or an amount of a thing is that thing (WordNet's parts and measures).
  if (words[next + 1] === 'of' && namesAnAmount(words[next])) return nounAfter(words, next + 1);
  // "her grandma's glasses": the owner only says whose; the thing is what follows the "'s".
  if (words[next + 1] === 's' && words[next + 2] !== undefined) return nounAfter(words, next + 1);
  // "the vacuum cleaner", "a music box": a name WordNet knows in two words is that thing, not its last word.
  const pair = next === first + 1 ? nounLemma(`${words[first]} ${words[next]}`) : undefined;
  if (pair !== undefined && safe(pair)) return pair;
  const word = words[next];
  // "has to find it": a pronoun names no thing (WordNet's "it" is information technology).
  if (pronounThings.has(word ?? '')) return undefined;
  // "gets lost in the snow": the hero is lost, not a thing called "in".
  if (word === undefined || linkingWords.has(word) || !isDictionaryWord(word) || lemmasOf(word, 'noun').length === 0) return undefined;
  const noun = nounLemma(word)!;
  return safe(noun) ? noun : undefined;
}

/** A verb's particles that are no prepositions, which WordNet also lists as nouns ("an out" in baseball): "sneak out" names no thing. */
const particles = new Set(['out', 'off', 'up', 'down', 'away', 'back', 'home']);

/** Words before "lost" that make the hero the one lost ("gets lost", "was lost"). */
const gettingWords = new Set(['gets', 'got', 'get', 'getting', 'is', 'was', 'becomes', 'became', 'goes', 'went']);

/** Words between a thing and "missing": "one sheep keeps going missing", "his teddy is missing". */
const goingMissing = new Set(['going', 'gone', 'went', 'goes', 'go', 'is', 'was', 'are', 'were', 'keeps', 'kept', 'has', 'have', 'had', 'always', 'gets', 'got', 'get', 'been']);

/** The thing said to be missing before the word ("the cow went missing"): never a person, whom no bedtime story loses. */
function missingBefore(words: readonly string[], at: number): string | undefined {
  if (words[at] !== 'missing') return undefined;
  let before = at - 1;
  while (before >= 0 && goingMissing.has(words[before])) before -= 1;
  const word = words[before];
  if (word === undefined || before === at - 1 || lemmasOf(word, 'noun').length === 0) return undefined;
  const noun = nounLemma(word)!;
  return !isSomeone(noun) && allowedNoun(noun, 'find') && safe(noun) ? noun : undefined;
}

/** Words after which a new clause about the hero may begin: "lives under a bridge and wants to bake muffins". */
const clauseOpeners = new Set(['and', 'but', 'who', 'that', 'so']);
/** "her wish is …", "his big dream is …". */
const dreamWords = new Set(['wish', 'dream', 'goal']);
const possessiveWords = new Set(['her', 'his', 'its', 'their']);
/** The hero named again at a clause's start ("and she has to …"). */
const heroAgain = new Set(['he', 'she', 'it', 'they']);
/** Words that say how much or how secretly before a wish: "really really wants", "just wants", "secretly wishes". */
const muchWords = new Set(['really', 'just', 'so', 'always', 'still', 'secretly', 'only', 'very', 'truly']);

/** Words before a "to" that make it part of the doing, not a purpose after it ("learns to", "has to", "how to", "going to", "next to"). */
const noPurposeBefore = new Set(['how', 'going', 'has', 'have', 'had', 'got', 'gets', 'get', 'next', 'close', 'up', 'back', 'way', 'according', 'due', 'thanks']);

/**
 * "gets up before everyone to bake bread", "sneaks out of his cage to see the moon": what the hero does first is how it
 * goes about the wish, and the purpose after it is the wish. Read with the seeking verbs, so that a place to see or find
 * is the journey's ("sets off to see the sea"). A first doing that acts on a thing ("digs a tunnel to see the sun") is
 * the story's own, and stays the wish: the thing is what the idea is about.
 */
function purposeGoal(words: readonly string[], from: number, first: string): string | undefined {
  const [, ...firstRest] = first.split(' ');
  // What the first verb acts on comes before its first particle, preposition or time ("get | up", "roll | out of the bowl", "practise | every evening").
  const stop = firstRest.findIndex((word) => prepositions.has(word) || ['up', 'down', 'out', 'off', 'away', 'back', 'every', 'each', 'all'].includes(word));
  const acted = stop < 0 ? firstRest : firstRest.slice(0, stop);
  // "practises his dance all day so that he can be in the show": a purpose said with "so that … can" is the wish all the same.
  const actsOnThing = acted.some((word) => !pointers.has(word) && lemmasOf(word, 'noun').length > 0);
  // "is going to the seaside | but keeps stopping to let animals cross": a purpose in another clause is no purpose of the first.
  for (let at = from + 2; at < words.length && words[at] !== 'but'; at += 1) {
    const canAt = words[at] === 'so' ? [1, 2, 3].map((offset) => at + offset).find((index) => ['can', 'could'].includes(words[index]) && words.slice(at + 1, index).every((word) => word === 'that' || heroAgain.has(word))) : undefined;
    const purposeAt = canAt !== undefined ? canAt : words[at] === 'to' && !noPurposeBefore.has(words[at - 1]) && !wantingWords.has(words[at - 1]) && !eagerWords.has(words[at - 1]) && !learns(words[at - 1]) ? at : undefined;
    const verb = purposeAt === undefined ? undefined : words[purposeAt + 1];
    if (purposeAt === undefined || verb === undefined || !lemmasOf(verb, 'verb').includes(verb)) continue;
    if (actsOnThing && canAt === undefined) return undefined;
    // "teaches her cygnets to swim": the first doing already holds it.
    if (first.split(' ').includes(verb)) return undefined;
    // "rolls down the hill to bed", "cross the road to school": a word more a thing than a doing, with no thing after it, is where.
    const then = words[purposeAt + 2];
    if (sensesOf(verb, 'noun').length > sensesOf(verb, 'verb').length && !(then !== undefined && pointers.has(then))) continue;
    // "a cosy cave to sleep in before the rain comes": an infinitive that ends on its preposition says which thing, not what for.
    const afterThen = words[purposeAt + 3];
    if (then !== undefined && prepositions.has(then) && (afterThen === undefined || clauseEnds.has(afterThen) || prepositions.has(afterThen))) continue;
    return readIdeaGoal(['to', ...words.slice(purposeAt + 1)], 0, { seeking: true });
  }
  return undefined;
}

/**
 * A wish said in a later clause ("a troll who lives under a bridge and wants to learn to bake muffins"); a clause must say
 * it is wanted or has to be done, or open on a verb of the mind followed by "to" ("and learns to feed the chickens": WordNet's verb.cognition).
 */
function laterGoal(words: readonly string[], from: number, seeking = false): string | undefined {
  for (let at = from + 1; at < words.length; at += 1) {
    // "a wizard whose spells only make bubbles wants to learn a spell": the hero's own verb comes after the clause about what is theirs.
    const afterWhose = wantingWords.has(words[at]) && words.slice(from, at).includes('whose');
    // "her wish is a medal of her own", "his big dream is a boat": the wish said as a noun is a thing wanted; "a bear whose
    // biggest wish is to see the sea" says whose it is by "whose".
    if (dreamWords.has(words[at]) && words[at + 1] === 'is' && words.slice(Math.max(from, at - 2), at).some((word) => possessiveWords.has(word) || word === 'whose')) {
      const dreamt = readIdeaGoal(['wants', ...words.slice(at + 2)], 0);
      if (dreamt) return dreamt;
    }
    // "has one job: win the prize", "her one wish: to fly": a wish or a job said before a plain verb (the colon dropped) is that doing.
    const plainVerbNext = words[at + 1] !== undefined && lemmasOf(words[at + 1], 'verb').includes(words[at + 1]) && sensesOf(words[at + 1], 'verb').length >= sensesOf(words[at + 1], 'noun').length;
    if ((dreamWords.has(words[at]) || words[at] === 'job') && (plainVerbNext || words[at + 1] === 'to') && words.slice(Math.max(from, at - 2), at).some((word) => possessiveWords.has(word) || word === 'one')) {
      const said = readIdeaGoal(words[at + 1] === 'to' ? words.slice(at + 1) : ['to', ...words.slice(at + 1)], 0);
      if (said) return said;
    }
    // "the one thing she really wants is to share them", "all she wants is to see the top": what is wanted, said after "is to".
    if (wantingWords.has(words[at]) && words[at + 1] === 'is' && words[at + 2] === 'to') {
      const wanted = readIdeaGoal(words, at + 2);
      if (wanted) return wanted;
    }
    // "sneaks out of his cage at night, determined to see the moon": how much the hero wants what follows, after a comma, says the wish.
    if (eagerWords.has(words[at]) && words[at + 1] === 'to' && !clauseOpeners.has(words[at - 1])) {
      const eagerGoal = readIdeaGoal(words, at, { seeking: true });
      if (eagerGoal) return eagerGoal;
    }
    // A later sentence may begin with the hero named again ("… a grumpy badger. He really wants a quiet nap."): the words carry no full stops.
    // "a strawberry at the summer fair hoping to win first prize": hoping, dreaming or trying to do something opens a clause of its own.
    const wantingClause = words[at].endsWith('ing') && wantingWords.has(words[at]) && (words[at + 1] === 'to' || words[at + 1] === 'of');
    if (!clauseOpeners.has(words[at - 1]) && !afterWhose && !heroAgain.has(words[at]) && !wantingClause) continue;
    const learned = words[at + 1] === 'to' && learns(words[at]) ? readIdeaGoal(['to', ...words.slice(at)], 0) : undefined;
    if (learned) return learned;
    // "who has to carry the presents": having to do it is wanting it done (see readIdeaGoal); "and she has to round up the cows" names the hero again first.
    let verbAt = heroAgain.has(words[at]) ? at + 1 : at;
    // "but really really wants to fly", "and just wants": words that only say how much come before the wanting.
    while (verbAt < words.length - 1 && muchWords.has(words[verbAt])) verbAt += 1;
    const obliged = (['has', 'have', 'had'].includes(words[verbAt]) && words[verbAt + 1] === 'to') || words[verbAt] === 'must';
    // "she is determined to learn to balance": how much the hero wants it, as readIdeaGoal reads it.
    const eager = words.slice(verbAt, verbAt + 3).some((word, index, near) => eagerWords.has(word) && near[index + 1] === 'to');
    if (!obliged && !eager && !words.slice(at, verbAt + 2).some((word) => wantingWords.has(word))) continue;
    const goal = readIdeaGoal(words, at, { seeking });
    if (goal) return goal;
  }
  return undefined;
}

/**
 * "dreams of flying over the ice": going over or across a thing, for an idea that names no place to reach, is the wish
 * itself, not a journey to nowhere; going away, off or home never is ("run away" is no wish a bedtime story grants).
 */
function goingOver(words: readonly string[], from: number): string | undefined {
  const going = readIdeaGoal(words, from, { going: true });
  return going !== undefined && !going.split(' ').some((word) => leavingWords.has(word)) ? going : undefined;
}

/** What may come between "hopes it" and the weather: "hopes it rains", "wishes it would snow", "wants it to rain". */
const weatherModals = new Set(['will', 'would', 'could', 'to', 'might']);

/**
 * "a little umbrella that hopes it rains tomorrow", "a snowman who wishes it would snow", "a frog who wants it to rain":
 * weather wished for (a verb WordNet files as weather, "it" its subject) is a wish to see it ("see it rain"), never a wish
 * of the hero to rain nor a trip to the snow. Only straight after a word of wanting and "it".
 */
function weatherWish(words: readonly string[], from: number): string | undefined {
  for (let at = from; at < words.length - 2; at += 1) {
    if (!wantingWords.has(words[at]) || words[at + 1] !== 'it') continue;
    const verbAt = weatherModals.has(words[at + 2]) ? at + 3 : at + 2;
    const verb = lemmasOf(words[verbAt] ?? '', 'verb').find((lemma) => sensesOf(lemma, 'verb', 1)[0]?.lexicographerFile === 'verb.weather');
    return verb !== undefined && safe(`see it ${verb}`) ? `see it ${verb}` : undefined;
  }
  return undefined;
}

/**
 * "helps his grandpa fix the old clock": what the hero helps to do is the wish ("help fix the old clock"); who is
 * helped goes with it when a wish may name it ("help the ships come home"), never a person (nor a grandpa after "his").
 */
function helpedGoal(words: readonly string[], from: number): string | undefined {
  const helpAt = words.findIndex((word, at) => at >= from && lemmasOf(word, 'verb').includes('help'));
  if (helpAt < 0) return undefined;
  for (let at = helpAt + 2; at <= helpAt + 4 && at < words.length; at += 1) {
    if (lemmasOf(words[at - 1], 'noun').length === 0 || articles.has(words[at - 1])) continue;
    const done = readIdeaGoal(['to', ...words.slice(at)], 0, { seeking: true });
    if (!done) continue;
    const helped = words.slice(helpAt + 1, at);
    // Family helped is told as the helping, not named ("help fix the old clock"): a listener's grandpa is theirs alone.
    const named = helped.every((word, index) => (index < helped.length - 1 ? articles.has(word) || adjectiveLemmas(word).length > 0 : allowedNoun(word, 'help') && !isKinWord(word)));
    const goal = named ? `help ${helped.join(' ')} ${done}` : `help ${done}`;
    return safe(goal) ? goal : undefined;
  }
  return undefined;
}

/**
 * "a girl and her dog fly a kite", "a fox and a rabbit who want to see the stars": when the hero's companion is
 * named with it, the goal is read after the companion, the hero and companion doing it together. A plain verb
 * straight after the companion is read as wanted ("fly a kite" as "to fly a kite"); anything else leaves `from` as it was.
 */
/** Words that say where the hero is, straight after it: "the troll under the bridge", "a penguin at the zoo". */
const whereWords = new Set(['in', 'at', 'on', 'under', 'near', 'by', 'inside', 'beneath', 'behind', 'beside']);
/** Wanting said of the hero as a verb of its own, with no "who" before it ("wants", "dreams"; never "a dream", "the long road"). */
const wantingVerbs = new Set(['wants', 'wanted', 'wishes', 'hopes', 'longs', 'tries', 'plans', 'needs', 'decides', 'decided', 'would', 'dreams', 'loves', 'likes']);

/**
 * "the troll under the bridge just wants to be invited to the picnic": where the hero is, said straight after it with no
 * "who", stands between the hero and its wanting, and the wish is read from after it, as for "the troll just wants to …".
 * Only a few words of where (the, a, his; describing words; nouns) and only when the hero's wanting ("wants", "has to",
 * "must"), perhaps after words of how much, follows them; anything else is read as before.
 */
function afterWhereHeroIs(words: readonly string[], from: number): number {
  if (!whereWords.has(words[from] ?? '')) return from;
  for (let end = from + 2; end <= from + 5 && end < words.length; end += 1) {
    const word = words[end - 1];
    const saysWhere = articles.has(word) || possessiveWords.has(word) || adjectiveLemmas(word).length > 0 || lemmasOf(word, 'noun').length > 0;
    if (!saysWhere || clauseOpeners.has(word) || wantingWords.has(word)) return from;
    let at = end;
    while (muchWords.has(words[at] ?? '')) at += 1;
    if (wantingVerbs.has(words[at] ?? '') || (words[at] === 'has' && words[at + 1] === 'to') || words[at] === 'must') return end;
  }
  return from;
}

function afterCompanion(words: readonly string[], from: number, companions: readonly Being[]): { goalWords: readonly string[]; goalFrom: number } {
  const unchanged = { goalWords: words, goalFrom: from };
  if (words[from] !== 'and') return unchanged;
  // "a girl and her grandpa go fishing": family goes along as a friend does, though no creature to draw beside the hero.
  const last = companions[0]?.word.split(' ').at(-1);
  const at = words.findIndex((word, index) => index > from && index <= from + 4 && (last !== undefined ? word === last || nounForms(word).includes(last) : isKinWord(word)));
  // "the moon and the stars saying goodnight": what the two of them do, when the other is made someone as the hero is.
  const together = words.findIndex((word, index) => index > from && index <= from + 4 && speaking(words[index + 1]) && lemmasOf(word, 'noun').length > 0);
  if (at < 0 && together > 0) return { goalWords: words, goalFrom: together + 1 };
  if (at < 0) return unchanged;
  const next = words[at + 1] ?? '';
  if (['who', 'that'].includes(next)) return { goalWords: words, goalFrom: at + 1 };
  // A plain present form agrees with the two of them ("fly", "go", "want"); "named", "flies" or "with" does not.
  if (!lemmasOf(next, 'verb').includes(next)) return unchanged;
  return { goalWords: [...words.slice(0, at + 1), 'to', ...words.slice(at + 1)], goalFrom: at + 1 };
}

/**
 * "my son loves diggers and cranes, so a crane who helps build a playground": what a parent says of their own child
 * before the idea proper (up to the first comma, dash or full stop, or "so") explains why they ask; the hero is looked
 * for after it first. The words before still say where and with what ("my daughter loves the beach - …"), and
 * "my son is learning to ride a bike, can you make a story about that" has no hero after, so it is read whole.
 * How many of the idea's words the preamble holds; 0 for none.
 */
function parentsPreambleLength(idea: string): number {
  // "for Leo (4):", "for my 4 year old who loves trucks:", "for Ava, age 3 -": who the story is for, up to a colon or a dash.
  const forWhom = /^\s*for\s+[^:;.!?–—]{1,50}?\s*(?:[:–—]|\s-)\s*/iu.exec(idea);
  if (forWhom) return ideaWords(forWhom[0]).length;
  // "Freddie is scared of the dentist tomorrow, can you do a story about a brave little crocodile": a request for a story
  // after a sentence or clause of its own says what the story is about; what came before only explains why.
  // "One" only after a verb of asking ("can you do one about …"): ", one with mom and one with dad" asks for nothing.
  const request = /[,.;:!?–—-]\s*(?:(?:so\s+)?(?:can|could|would|will)\s+(?:you|u)\s+|pls\s+|please\s+)?(?:(?:do|write|make|tell|give)\s+(?:me\s+|us\s+)?(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:story|tale|one)|(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:story|tale))\s+(?:about|where|with)\b/iu.exec(idea);
  if (request) return ideaWords(idea.slice(0, request.index)).length;
  // "new sibling. a kangaroo whose mum …", "rainy day story. a little puddle who …", "chinese new year - a dragon who …": a
  // short label before a sentence that introduces its subject says what the story is for, not who it is about.
  const label = /^\s*(?!(?:a|an|the)\s)([^.!?:,–—-]{2,60}?)\s*(?:[.!?:,–—]+|\s-)\s*(?=(?:a|an|the)\s)/iu.exec(idea);
  // A label says no doing: "Grandpa is in hospital with his heart." is a sentence of the idea's own.
  if (label && ideaWords(label[1]).length <= 8 && !/\b(?:who|that|which|is|are|was|were|has|have|had|will|can|does|did)\b/iu.test(label[1])) return ideaWords(label[0]).length;
  // "my daughter has two dads and wants a story where a princess …": or up to the child's asking for a story.
  const preamble = /^\s*(?:my|our)\s+[^,.;:!?\-–—]*?(?:\s+so\s+|\s*[,.;:!?\-–—]+\s*|\s+and\s+(?:wants|would\s+like|asks\s+for|asked\s+for)\s+(?=(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:story|tale)\s+(?:about|where|with)\b))/iu.exec(idea);
  if (!preamble) return 0;
  // Someone of the family ("my son", "our twins"), not a pet: "our goldfish Bubbles died today. A story about a fish who…" is the goldfish's.
  const words = ideaWords(preamble[0]);
  const [sense] = sensesOf(words[1] ?? '', 'noun', 1);
  // "my 2yo loves ducks.", "our 4 year old is scared of the dark,": a child given by age (the digits are no word).
  const byAge = /^\s*(?:my|our)\s+\d+\s*(?:yo|y\/o|y\.o\.|years?[- ]old|yr[- ]old)\b/iu.test(preamble[0]);
  return sense?.lexicographerFile === 'noun.person' || byAge ? words.length : 0;
}

function ideaWords(idea: string): string[] {
  // "a glow-worm" is WordNet's "glowworm"; "a well-known owl" stays two words.
  const joined = idea.toLowerCase().replace(/(\p{L}+)-(\p{L}+)/gu, (pair, first: string, second: string) => (isDictionaryWord(first + second) ? first + second : pair));
  // "can't fall asleep" is one word, "cant", as the goal's reader lists it, not "can" and a loose "t".
  // "who's learning to read", "she'll", "they're": a pronoun's short "is", "will" or "are" is that word, never a loose "s".
  const unshortened = joined.replace(/\b(who|what|that|he|she|it|they|we|you|there)['’](s|ll|re)\b/gu, (_, pronoun: string, short: string) => `${pronoun} ${{ s: 'is', ll: 'will', re: 'are' }[short as 's' | 'll' | 're']}`);
  // "an aye-aye", "a jack-in-the-box", "a yo-yo": a thing WordNet writes with hyphens is one word; "well-known" is two.
  // "… a postman pls": a parent's texting "please" or "thanks" at the end says nothing of the story ("please" itself may: "learns to say please").
  // "can't hop yet n really wants to bounce": a texted "n" or "&" between two words is "and".
  const signedOff = unshortened.replace(/[\s,.!]+(?:pls|plz|thx|ty)[\s.!]*$/u, '').replace(/(?<=\p{L}\s+)(?:n|&)(?=\s+\p{L})/gu, 'and');
  // "a lion who not can roar", "can not fly": a learner's English for "cannot", read as the wish to do it that "cannot" is.
  const cannot = signedOff.replace(/\b(?:not|no) can\b|\bcan not\b/gu, 'cannot')
    // "a frog that wanna be a prince", "gonna learn to ride": texted "want to", "going to", "got to".
    .replace(/\bwanna\b/gu, 'want to').replace(/\bgonna\b/gu, 'going to').replace(/\bgotta\b/gu, 'got to');
  const asWords = cannot.replace(/(\p{L})n['’]t\b/gu, '$1nt').replace(/[^\p{L}\s-]/gu, ' ').split(/\s+/);
  return asWords.flatMap((word) => (word.includes('-') && !(/^\p{L}+(?:-\p{L}+)+$/u.test(word) && sensesOf(word, 'noun').length > 0) ? word.split('-') : [word])).filter(Boolean)
    .map(wantingMisspelled);
}

/**
 * "dog who wnts to be a postman", "robot who wnats a hug": a word no dictionary knows, one letter dropped or added or two swapped
 * from a word of wanting, is that word; the wish after it is read (and checked) as any wish is.
 */
function wantingMisspelled(word: string): string {
  if (word.length < 4 || isDictionaryWord(word)) return word;
  return [...wantingWords].find((wanting) => wanting.length >= 4 && wanting[0] === word[0] && oneEditApart(word, wanting)) ?? word;
}

/** Whether one letter dropped or added, or two neighbours swapped, turn one word into the other (never one changed: "with" is no "wish"). */
function oneEditApart(first: string, second: string): boolean {
  if (Math.abs(first.length - second.length) > 1 || first === second) return false;
  let start = 0;
  while (start < first.length && first[start] === second[start]) start += 1;
  const [firstRest, secondRest] = [first.slice(start), second.slice(start)];
  return firstRest === secondRest.slice(1) || firstRest.slice(1) === secondRest
    || (firstRest.length >= 2 && firstRest[0] === secondRest[1] && firstRest[1] === secondRest[0] && firstRest.slice(2) === secondRest.slice(2));
}

/** Reads the parts of an idea; every part is a vocabulary word that passed the safety check. */
export function readIdeaParts(idea: string): IdeaParts {
  const words = ideaWords(idea);
  const childName = readChildName(idea, words);
  const read = placedWhereItHappens(readPlotParts(words, parentsPreambleLength(idea), childName, idea));
  // "12 Elm Street", "Emma", "Santa": a word written with a capital inside a sentence is a name.
  const names = namesIn(idea);
  // A name in the wish keeps the capital the idea gave it ("pull Santa's sleigh"); a word in capitals ("SYSTEM") stays as read.
  const capitalised = (word: string) => { const written = names.get(word); return written !== undefined && /^\p{Lu}\p{Ll}+$/u.test(written) ? written : word; };
  // So does a place known by its name, written in lower case or not ("fly to mars" → "fly to Mars").
  const written = (phrase: string) => withPlaceNamesWritten(phrase.replace(/\p{L}+/gu, capitalised));
  const parts = { ...read, ...(read.goal ? { goal: written(read.goal) } : {}), ...(read.trip ? { trip: written(read.trip) } : {}) };
  // Whatever another part took ("lost her scarf", "to the sea", "bake a cake") is told there, not again as a thing.
  const said = [parts.hero?.word, parts.listener, ...parts.traits, parts.heritage, ...parts.companions.map((being) => being.word), parts.destination, parts.setting, parts.thing, parts.goal, parts.fear, parts.trouble, parts.feeling];
  const taken = new Set(said.flatMap((part) => part?.toLowerCase().split(' ') ?? []).flatMap((word) => [word, ...nounForms(word), `${word}s`, `${word}es`]));
  // A name is never a thing to show.
  for (const name of names.keys()) taken.add(name);
  // "Milo is a cat who …": the child's name, opening the idea, is no thing either (WordNet's milo is a grain).
  if (childName) taken.add(childName.name.toLowerCase());
  // Things are read from English only: "frappe" (French "hits") and "mit" (German "with") are words WordNet also has.
  const english = words.filter(isDictionaryWord).length * 2 > words.length;
  // "a little girl named Priya": a child the idea names is told by that name, not the listener's.
  // The parent's own child ("my daughter Emma") is named from the idea only as read-child-name.ts reads it, never beside
  // where they live; otherwise the profile names them.
  const namedWord = parts.hero?.word ?? parts.listener;
  // "my daughter Zara", "Kai who loves trains": the child the idea names, when the story is theirs, is told by that name.
  // "my son Arlo (7) who is a wizard": the child is the hero the idea says they are, by their name.
  const heroName = (namedWord ? readHeroName(idea, namedWord) : undefined) ?? (parts.hero === undefined || (childName && childIsHero(words, childName.index, parts.hero.word)) ? childName?.name : undefined);
  // "Biscuit, the little fox": the hero's name is no thing to show either.
  if (heroName) taken.add(heroName.split(' ').at(-1)!.toLowerCase());
  const props = english ? readIdeaProps(words, taken) : [];
  // A wish the goal reader could not read as a doing keeps the thing hoped for (read-hoped-for.ts).
  const hopedFor = english && !parts.goal && !parts.thing && !parts.destination ? readHopedFor(words, taken) : undefined;
  return { ...parts, ...(props.length > 0 ? { props } : {}), ...(heroName ? { heroName } : {}), ...(hopedFor ? { hopedFor } : {}) };
}

/** "Arlo who is a wizard", "Ella is a little mermaid": the named child at `at` is said to be the hero. */
function childIsHero(words: readonly string[], at: number, heroWord: string): boolean {
  let next = at + 1;
  if (words[next] === 'who') next += 1;
  if (words[next] !== 'is' || !['a', 'an'].includes(words[next + 1] ?? '')) return false;
  const head = heroWord.split(' ').at(-1)!;
  return words.slice(next + 2, next + 5).some((word) => nounForms(word).includes(head));
}

/** The words an idea writes with a capital inside a sentence, by their lower case: names ("Santa", "Bert", "TV"). */
function namesIn(idea: string): Map<string, string> {
  return new Map((idea.match(/(?<![.!?]\s*|^[\s"'“]*)\b\p{Lu}\p{L}*/gu) ?? []).map((name) => [name.toLowerCase(), name]));
}

/**
 * "an axolotl who moves to a new pond and wants to make friends", "building a raft so they can cross the pond": a place a
 * wish or a thing made never travels to, and the wish does not name, is where the story happens, so the story tells it (it was an
 * untold "wish: to reach the pond").
 */
function placedWhereItHappens(parts: IdeaParts): IdeaParts {
  if ((parts.plot !== 'wish' && parts.plot !== 'making-something') || parts.destination === undefined || parts.setting !== undefined) return parts;
  // "deliver a package to a castle in the clouds": a place the wish itself names is where it comes true, not home's neighbourhood (see storyPlaces).
  if (parts.goal !== undefined && goalNamesPlace(parts.goal, parts.destination)) return parts;
  // "has to get to her cousin's party": a family's place is somewhere to go, never where the hero lives.
  if (parts.destination.includes("'s ")) return parts;
  const { destination, ...rest } = parts;
  return { ...rest, setting: destination };
}

/** Marks that end a clause as written, as goalWithinSentence reads them, found all along the idea. */
const clauseBoundary = new RegExp(boundary.source, 'gu');

/**
 * "an elephant who wants to learn to swim, my son is afraid of water": the goal reader reads words without their
 * punctuation, so the next clause's words ran on into the wish ("learn to swim my son") and a wish that names family
 * was no wish at all. With no wish read otherwise, the wish is read again from the clause the hero's words open: the
 * idea's words up to the first mark that ends a clause past the hero and two words more (a wish needs "wants to" and a
 * verb at least), every word checked as any wish's are.
 */
function goalWithinClause(idea: string, afterHero: number, companions: readonly Being[]): string | undefined {
  const wordCount = ideaWords(idea).length;
  for (const mark of idea.matchAll(clauseBoundary)) {
    const clause = ideaWords(idea.slice(0, mark.index));
    if (clause.length < afterHero + 2) continue;
    if (clause.length === wordCount) return undefined;
    const { goalWords, goalFrom } = afterCompanion(clause, afterHero, companions);
    return readIdeaGoal(goalWords, goalFrom);
  }
  return undefined;
}

function readPlotParts(words: readonly string[], preamble: number, childName: ChildName | undefined, idea: string): IdeaParts {
  const { hero, companions, listener, listenerAt } = findIdeaHero(words, preamble, childName);
  // "for my 4 year old: a sheep who …": what the parent says of their child before the idea describes no hero.
  const traits = hero ? words.slice(Math.max(hero.index >= preamble ? preamble : 0, hero.index - 3), hero.index).filter((word) => heroTraits.has(word) && safe(word)) : [];
  // A people or faith only of a person: "a Jewish fox" is how a fable casts a people, never a hero's kind.
  // The listener may be named twice ("my daughter is afraid of the dark. A story about a little Nigerian girl …").
  const personAt = hero ? (hero.kind === 'child' ? [hero.index] : []) : listener ? [listenerAt, ...words.flatMap((word, at) => (word === listener ? [at] : []))] : [];
  const heritage = personAt.map((at) => heritageBefore(words, at)).find(Boolean);

  // The moon that is the hero is nowhere the hero goes.
  const read = readIdeaPlaces(words, hero?.index);
  // "a tractor named Tilly wants to …": the hero's name is passed over to what it does.
  const afterHero = hero ? hero.index + 1 : listenerAt + 1;
  const named = namingWords.has(words[afterHero] ?? '') && words[afterHero + 1] !== undefined ? afterHero + 2 : afterHero;
  const afterName = afterWhereHeroIs(words, named);
  const { goalWords, goalFrom } = afterCompanion(words, afterName, companions);
  // "visits her grandmother at the farm and learns to feed the chickens": a wish said later is the wish, before what the hero only sees or visits.
  // "wants to see the sea" is the journey to the sea; "wants to climb to the very top of the tallest tree in the jungle"
  // seeks more than the jungle, when the wish is read whole ("see the top | of the garden wall" is the trip to the wall).
  const seeking = readIdeaGoal(goalWords, goalFrom, { seeking: true, whole: read.destination !== undefined });
  const beyond = seeking && read.destination && !goalNamesPlace(seeking, read.destination) ? seeking : undefined;
  // "keeps changing colour and just wants to be noticed": what the hero does is the wish only when no later clause says what it wants.
  const first = readIdeaGoal(goalWords, goalFrom);
  // The first few words after the hero say how its wish is put: wanted ("who wants to"), or guessed ("who is too small to").
  const opening = goalWords.slice(goalFrom, goalFrom + 4);
  const firstWanted = opening.some((word) => wantingWords.has(word));
  // "too fuzzy to fly very far and wants to reach the flower": what the hero is too something to do is only a guessed wish, so
  // a later clause that says what it wants is read as seeking too (reaching, seeing, visiting).
  const later = firstWanted ? undefined : laterGoal(goalWords, goalFrom, opening.includes('too'));
  const purpose = first && !firstWanted && !later ? purposeGoal(goalWords, goalFrom, first) : undefined;
  // "rolls out of the fruit bowl and sets off to see the sea": a purpose of seeing the idea's place is the journey there.
  const purposeIsTrip = purpose !== undefined && read.destination !== undefined && seekingVerbs.has(purpose.split(' ')[0]) && goalNamesPlace(purpose, read.destination);
  const said = firstWanted ? first ?? laterGoal(goalWords, goalFrom) : later ?? purpose ?? first;
  // "is afraid of melting and wants to see the spring": with no place to go, what a later clause wants to see is the wish.
  const wantedAsRead = purposeIsTrip ? undefined : weatherWish(goalWords, goalFrom) ?? said ?? (read.destination ? beyond : seeking ?? laterGoal(goalWords, goalFrom, true)) ?? helpedGoal(goalWords, goalFrom) ?? (read.destination === undefined ? goingOver(goalWords, goalFrom) : undefined) ?? workingAgain(goalWords)
    ?? goalWithinClause(idea, afterName, companions);
  // The wish as far as the sentence it starts in goes (the words carry no full stops, see goalWithinSentence).
  const wanted = wantedAsRead === undefined ? undefined : goalWithinSentence(idea, wantedAsRead);
  // "carries apples to every house": a place WordNet found inside the wish is part of the wish, not somewhere else to go.
  // "the moon and the stars saying goodnight": the stars, made someone beside the hero, are nowhere to be.
  const coHero = goalFrom > afterName && speaking(goalWords[goalFrom]) ? goalFrom - 1 : -1;
  const places = read.places.filter((place) => !(place.fromWordNet && wanted?.split(' ').includes(place.phrase.split(' ').at(-1)!)) && place.index !== coHero);
  const destination = places.some((place) => place.phrase === read.destination) ? read.destination : undefined;
  const find = (has: (candidate: string) => boolean) => words.map((word) => listed(word, has)).find((word) => word !== undefined && safe(word));
  // "forgets where she hid the present": what was hidden, put or left where the hero forgot is lost, and its verb the cue.
  const hidAt = forgottenPlaceAt(words);
  const forgotAt = forgottenThingAt(words);
  // "find out why", "find her way back": a verb of finding that WordNet lists with its particle, or that finds the way, seeks no lost thing.
  const findsNoThing = (at: number) => words.slice(at + 1, at + 3).includes('way') || lemmasOf(`${lemmasOf(words[at], 'verb')[0] ?? words[at]} ${words[at + 1] ?? ''}`, 'verb').length > 0;
  const cue = (cues: Set<string>) => words.findIndex((word, at) => (cues.has(word) && !(cues === strongLostCues && (describesOnly(words, at, companions) || heroIsLost(words, at))))
    || (cues === strongLostCues && (at === hidAt || at === forgotAt)));
  const feeling = find((candidate) => candidate in feelingWords);
  const parts: IdeaParts = {
    hero: hero && { word: hero.word, kind: hero.kind, drawn: hero.drawn },
    ...(listener ? { listener } : {}),
    traits: [...new Set(traits)],
    ...(heritage ? { heritage } : {}),
    companions,
    destination,
    setting: places.find((place) => place.phrase !== destination)?.phrase,
    feeling: feeling && feelingWords[feeling],
    time: (() => { const word = find((candidate) => candidate in timeWords); return word ? timeWords[word] : undefined; })(),
    plot: 'journey',
  };
  // "float all the way down the river to the sea": a wish to go somewhere is the journey there (see isTrip).
  const isTripWish = wanted !== undefined && destination !== undefined && wanted !== beyond && isTrip(wanted, movesSomewhere);
  // A trip told only when its words name something past the going ("go looking", "sneak out" name nothing; "cross the ocean" the ocean).
  // "wants to sail across the lake in a teacup": a going the goal reader leaves to the journey is read for the trip's words.
  const went = wanted === undefined && destination !== undefined ? readIdeaGoal(goalWords, goalFrom, { going: true }) : undefined;
  const tripSaid = isTripWish ? wanted : went !== undefined && isTrip(went, movesSomewhere) ? went : undefined;
  const namesThing = (word: string) => !word.endsWith('ing') && !prepositions.has(word) && !particles.has(word) && lemmasOf(word, 'noun').length > 0;
  const trip = tripSaid?.split(' ').slice(1).some(namesThing) ? tripSaid : undefined;
  const goal = isTripWish ? undefined : wanted;
  // "the queen's tea party": the owner's "s", split off with the apostrophe, is written back on.
  if (goal) parts.goal = goal.replace(/(\p{L}) s(?= |$)/gu, "$1's");
  // The idea's own -ing form of the goal's verb, found by WordNet's lemma (never a word the goal does not hold).
  const [goalVerb, ...goalRest] = goal?.split(' ') ?? [];
  // Only a doing wished for ("dreams of flying", "loves dancing"), never one under way ("is looking for").
  const doing = goalVerb && words.find((word, at) => word.endsWith('ing') && word !== goalVerb && lemmasOf(word, 'verb').includes(goalVerb)
    && (wantingWords.has(words[at - 1] ?? '') || words[at - 1] === 'of' || words[at - 1] === 'about'));
  if (goal && doing) parts.goalDoing = [doing, ...goalRest].join(' ');
  if ((cue(helpCues) >= 0 && (companions.length > 0 || !goal)) || (companions.length > 0 && find((candidate) => candidate in troubleWords))) {
    const trouble = find((candidate) => candidate in troubleWords);
    // "helps a dragon find its lost egg": the friend's trouble is the thing it lost, which the last scene gives back.
    // "return a lost mitten to a polar bear": a thing said to be lost, neither the hero nor the friend, is the friend's lost thing.
    // A creature said to be lost ("a lost little fish") is a friend far from home, never a thing.
    const isThing = (noun: string | undefined) => noun !== undefined && !['noun.animal', 'noun.person'].includes(sensesOf(noun, 'noun', 1)[0]?.lexicographerFile ?? '');
    const lostThingAt = words.findIndex((word, at) => word === 'lost' && describesOnly(words, at, companions) && !(hero && nounForms(words[at + 1] ?? '').includes(hero.word)) && isThing(nounAfter(words, at)));
    const lostAt = cue(strongLostCues) >= 0 ? cue(strongLostCues) : lostThingAt >= 0 ? lostThingAt : cue(lostCues);
    // Never a person ("its mother" is a friend lost far from home) nor a body part.
    // "a lost turtle" is the friend who is lost, not a thing it lost.
    const lostFriend = companions.some((being) => nounForms(words[lostAt + 1] ?? '').includes(being.word));
    // "helps a kitten find her way home": a friend who must find the way is lost far from home, and "home" no lost thing.
    const findsWay = lostAt >= 0 && words.slice(lostAt + 1, lostAt + 3).includes('way');
    const lost = companions.length > 0 && lostAt >= 0 && !lostFriend && !findsWay ? [nounAfter(words, lostAt)].find((thing) => thing !== undefined && allowedNoun(thing, 'find')) : undefined;
    const troubleSaid = findsWay && companions.length > 0 ? troubleWords.lost : trouble ? troubleWords[trouble] : undefined;
    return { ...parts, plot: 'helping-a-friend', trouble: lost ? `could not find its ${lost}` : troubleSaid };
  }
  // "has to get home before dark", "wants to find his way home": the hero's own way home, from where the idea leaves it
  // ("left behind at the airport"); never a trip to a place the idea did not name, nor "home" found like a lost sock.
  // "a polar bear who gets lost in the city": where the hero gets lost is where the way home starts, never a trip there.
  const lostIn = words.findIndex((word, at) => word === 'lost' && gettingWords.has(words[at - 1] ?? ''));
  const lostPlace = lostIn >= 0 ? places.find((place) => place.index > lostIn && place.index <= lostIn + 4) : undefined;
  // "a calf looking for her mum in the big field", "separated from her mum on the ice": the way home ends back with them,
  // from where the idea leaves the hero; never when the idea wants something else ("finds her mum's lost ring" is a search).
  const family = familySought(words, goalFrom);
  if (family && (!goal || goalGoesHome(goal) || goal.split(' ').includes(family.split(' ')[1])) && !destination) {
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    return { ...rest, plot: 'way-home', destination: undefined, setting: lostPlace?.phrase ?? parts.setting, reunitedWith: family };
  }
  if (lostPlace && (!destination || destination === lostPlace.phrase) && !goal) {
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    return { ...rest, plot: 'way-home', destination: undefined, setting: lostPlace.phrase };
  }
  const leftAt = () => places.find((place) => place.phrase === destination && words.slice(Math.max(0, place.index - 4), place.index).some((word) => strandedWords.has(word)));
  // "get home to Antarctica": a place known by its name, straight after "home to", is the home the way leads back to.
  const homeIn = places.find((place) => place.phrase === destination && isKnownNamedPlace(place.phrase) && words[place.index - 1] === 'to' && words[place.index - 2] === 'home');
  if (goesHome(words, goalFrom) && homeIn && (!goal || goalGoesHome(goal))) {
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    return { ...rest, plot: 'way-home', destination: undefined, homeIn: homeIn.phrase };
  }
  if (goesHome(words, goalFrom) && (!destination || leftAt()) && (!goal || goalGoesHome(goal))) {
    // "fell out of the sky and wants to get back home": the place left is home itself, the journey back there's.
    const leftFrom = places.some((place) => place.phrase === parts.setting && words.slice(Math.max(0, place.index - 4), place.index).some((word) => word === 'out' || word === 'from' || word === 'off'));
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    if (leftFrom) return { ...rest, plot: 'journey', destination: parts.setting, setting: undefined, returnsHome: true };
    return { ...rest, plot: 'way-home', destination: undefined, setting: leftAt()?.phrase ?? parts.setting };
  }
  // "lost her scarf" is a search; "wants to find the end of the rainbow" is a journey.
  // "a teddy bear who lost his button eye": the hero is not the thing it lost.
  const heroNames = new Set(hero?.word.split(' ') ?? []);
  const keepsake = words.filter((word) => !heroNames.has(word)).map((word) => listed(word, (candidate) => keepsakeWords.has(candidate))).find((word) => word !== undefined && safe(word));
  // "looking for a friend", "searches for her kitten": the "for" after a word of looking leads to what is sought.
  const lookingFor = words.findIndex((word, at) => word === 'for' && lookingWords.has(words[at - 1] ?? ''));
  // "wants to find a friend", "is looking for a friend": a friend is met, never found again like a lost sock.
  const friendSought = [cue(lostCues), lookingFor].filter((at) => at >= 0).map((at) => nounAfter(words, at)).find((thing) => thing !== undefined && isFriendWord(thing));
  // A new friend: the story opens with the hero's best friend beside them, who helps.
  if (friendSought && cue(strongLostCues) < 0 && !goal) return { ...parts, plot: 'wish', goal: `find a new ${friendSought}` };
  const findAt = cue(lostCues);
  const seekAt = findAt >= 0 && !findsNoThing(findAt) ? findAt : -1;
  const lostAt = cue(strongLostCues) >= 0 ? cue(strongLostCues) : seekAt >= 0 ? seekAt : lookingFor;
  // "searching for the perfect leaf": what is sought comes after the "for".
  // "find the treasure island on his old map": only a lost keepsake may be named anywhere; one only sought is the thing the search names.
  const sought = lostAt >= 0 && (cue(strongLostCues) >= 0 || words.slice(lostAt, lostAt + 5).some((word) => listed(word, (candidate) => candidate === keepsake)));
  // "visits the zoo to find the best sandwich": a thing sought once the hero is at the idea's place is searched for there.
  const soughtThere = lostAt > (places.find((place) => place.phrase === destination)?.index ?? words.length);
  const lostThing = (sought ? keepsake : undefined) ?? (lostAt >= 0 && (!destination || soughtThere) ? nounAfter(words, words[lostAt + 1] === 'for' ? lostAt + 1 : lostAt) ?? missingBefore(words, lostAt) : undefined);
  // "find the treasure island": a place sought is a place to reach, never a thing put back beside the bed.
  const placeSought = cue(strongLostCues) < 0 ? places.find((place) => place.phrase.split(' ').at(-1) === lostThing) : undefined;
  if (placeSought) return { ...parts, destination: placeSought.phrase, setting: parts.setting === placeSought.phrase ? undefined : parts.setting };
  // "one sheep keeps going missing": the creature lost is no friend beside the hero in the search.
  const searchers = lostThing ? parts.companions.filter((being) => being.word !== lostThing) : parts.companions;
  // "finds a dragon egg and wants to hatch it": a thing found, then wished for something done with it, is that wish.
  const wishAfterFinding = goal !== undefined && !goal.split(' ').some((word) => lostCues.has(word) || word === 'find') && cue(strongLostCues) < 0;
  if (!wishAfterFinding && (cue(strongLostCues) >= 0 || (seekAt >= 0 && lostThing))) return { ...parts, companions: searchers, plot: 'lost-and-found', thing: lostThing };
  // "climbs the tallest building": an -ing form after an article or a describing word names a thing, not a making.
  const making = words.findIndex((word, at) => makeCues.has(word) && !(word.endsWith('ing') && (articles.has(words[at - 1] ?? '') || adjectiveLemmas(words[at - 1] ?? '').length > 0)));
  const madeThing = making >= 0 ? words.slice(making).map((word) => listed(word, (candidate) => candidate in makeableWords)).find((word) => word && safe(word)) : undefined;
  // "builds a fort out of cushions": a thing the storyteller cannot make by its own words is still the wish, when a wish may name it.
  const built = making >= 0 && !madeThing && !goal && !/^mak/.test(words[making]) ? readIdeaGoal(['to', ...words.slice(making)], 0) : undefined;
  if (built) return { ...parts, goal: built, plot: 'wish' };
  // "make the children laugh", "make friends" make nothing: only a thing to make, or a verb that always makes one ("builds"), is this plot.
  if (making >= 0 && (madeThing || (!goal && !/^mak/.test(words[making])))) return { ...parts, plot: 'making-something', thing: madeThing };
  // "would love to visit her cousin who lives in the big city", "wants to visit grandma": the trip is the visit, to where the
  // family lives when the idea says, else to their house.
  // "sets off through the forest to find her cousin": a journey whose point is finding family is the visit too.
  const setsOut = goal !== undefined && /^(?:set off|set out|go|head off)\b/.test(goal);
  const visited = goal && !setsOut ? undefined : familyVisited(words, goalFrom, { finding: setsOut });
  if (visited) {
    const { goal: _goal, goalDoing: _doing, ...rest } = parts;
    const visitedAt = destination ?? parts.setting ?? `${visited.family}'s house`;
    return { ...rest, plot: 'journey', destination: visitedAt, setting: parts.setting === visitedAt ? undefined : parts.setting, trip: `${visited.verb} ${visited.family}` };
  }
  // "wants to paint the moon silver" names the moon but is no trip there.
  // "gets to ride on a whale to the other side of the ocean", "wants to cross the ocean": the trip keeps the idea's words for its end.
  if (destination && !goal) return trip ? { ...parts, trip } : parts;
  const fearWord = find((candidate) => candidate in fearWords);
  const fearAt = cue(fearCues);
  if (fearAt >= 0 || (feeling === 'shy' && fearWord)) {
    // "scared of the daylight" fears the daylight, not the dark the plot would assume.
    const feared = fearWord ? fearWords[fearWord] : words[fearAt + 1] === 'of' ? nounAfter(words, fearAt + 1) : undefined;
    const fear = feared && !fearWord ? `the ${feared}` : feared;
    // "brings a lantern to a knight who is afraid of the dark": the story is the knight's, the dragon beside them, and
    // what the dragon set out to do is how it helps, no wish of the knight's.
    const fearful = fearAt >= 0 ? readFearOwner(words, fearAt, hero?.word) : undefined;
    if (fearful) {
      const { goal: _goal, goalDoing: _doing, heroName: _name, ...rest } = parts;
      const helpers = [...(parts.hero ? [parts.hero] : []), ...parts.companions].filter((being) => being.word !== fearful.word).slice(0, 2);
      return { ...rest, hero: { word: fearful.word, kind: fearful.kind, drawn: fearful.drawn }, traits: [], companions: helpers, plot: 'small-fear', fear };
    }
    return { ...parts, plot: 'small-fear', fear };
  }
  if (goal) return { ...parts, plot: 'wish' };
  // Nothing wanted, lost, made or feared that the storyteller can tell: the place the idea names is the trip, and with
  // none, a happy day near home rather than a trip to a place the idea never named. A place the hero is at already
  // ("a cactus in the desert", "the troll under the bridge", "lives in a lake") is where that day happens, never a trip there.
  // "sipping hot chocolate in his cave": a place that is the hero's own is where the hero already is.
  const settingAt = places.find((place) => place.phrase === parts.setting)?.index;
  const ownPlace = settingAt !== undefined && possessiveWords.has(words[settingAt - 1] ?? '');
  if (parts.setting === undefined || ownPlace || (hero && isAt(words, hero.index, settingAt))) return { ...parts, plot: 'happy-day' };
  return { ...parts, destination: parts.setting, setting: undefined };
}
