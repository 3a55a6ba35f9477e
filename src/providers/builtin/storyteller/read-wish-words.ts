import { closedCompoundHead, commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { isDictionaryWord, lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { isAdverb } from './is-adverb.ts';
import { placePrepositions } from './named-place.ts';
import { clauseEnds, determiners, glueWords, prepositions, timeClauses } from './glue-words.ts';
import { clauseSubjects, modalWords, timeMarkers } from './wanting-words.ts';
import { goingVerbs, linkingVerbs, lookingVerbs, notGoals } from './goal-verbs.ts';
import { adjectiveLemmas, nounLemmas, tellsWhatHeroDoes, verbLemma } from './word-lemmas.ts';
import { isFriendWord, isKinWord } from './is-friend-word.ts';
import { allowedVerb, doneAlone, ownsKnownThing } from './allowed-verb.ts';
import { isOuting } from './allowed-noun.ts';
import { heroWords } from './idea-vocabulary.ts';
import { isTimeWord } from './is-time-word.ts';
import { allowedGoalWord } from './allowed-goal-word.ts';
import { caresForOwnBody } from './own-body-care.ts';
import { setsOff } from './is-trip.ts';
import { referent } from './referent.ts';
import type { IdeaGoalOptions } from './idea-goal-options.ts';
import type { WishVerb } from './read-wish-verb.ts';
import type { BeingWish } from './read-being-wish.ts';

/** What readIdeaGoal knows of a wish once it has read the wish's verb, for reading the words after it. */
export interface WishSoFar extends Omit<WishVerb, 'verb'>, BeingWish {
  /** The idea's words. */
  words: readonly string[];
  /** Where readIdeaGoal began reading: the words from here to the verb led to the wish. */
  from: number;
  /** The verb the wish is told with. */
  verb: string;
  /** How widely readIdeaGoal was asked to read the wish. */
  options: IdeaGoalOptions;
  /** readIdeaGoal itself, passed in so that this file need not import it: a purpose after the verb is read as a wish is. */
  readGoal: (words: readonly string[], from: number, options: IdeaGoalOptions) => string | undefined;
}

/** The words after the wish's verb, as far as they have been read. */
export interface KeptWords {
  /** The words after the verb (for "see what summer looks like", only "summer"). */
  after: readonly string[];
  /** The words of the wish kept so far. */
  rest: string[];
  /** Whether the wish was cut short (too long, or cut back before a word no wish may name): see options.whole. */
  cut: boolean;
  /** The index in `after` of a second verb joined by "and", already kept; -1 when none. */
  joinedAt: number;
}

/** What one word after the verb does to the wish: read on, end it, or settle the whole reading (`goal`, undefined for none). */
type WordStep = 'continue' | 'break' | { goal: string | undefined };

/**
 * The wish's words after its verb ("paint | the moon silver"), read word by word until the wish ends; or, when a word
 * settles the reading (a purpose read instead, a word no wish may name), the goal readIdeaGoal answers.
 */
export function readWishWords(wish: WishSoFar): KeptWords | { goal: string | undefined } {
  const { words, at, verb } = wish;
  // "see what summer looks like": what a thing looks like is the thing seen ("see summer").
  const looksLikeAt = lookingVerbs.has(verb) && words[at + 1] === 'what' ? words.findIndex((word, index) => index > at + 2 && (word === 'looks' || word === 'look') && words[index + 1] === 'like') : -1;
  // "see what's at the top", "see what is over the hill": what is somewhere is seen there ("see the top").
  const whatIsAt = lookingVerbs.has(verb) && words[at + 1] === 'what' && words[at + 2] === 'is' && placePrepositions.has(words[at + 3] ?? '') ? at + 4 : -1;
  const after = looksLikeAt > 0 ? [...words.slice(at + 2, looksLikeAt), ...words.slice(looksLikeAt + 2)] : whatIsAt > 0 ? words.slice(whatIsAt) : words.slice(at + 1);
  const keeping: KeptWords = { after, rest: [], cut: false, joinedAt: -1 };
  for (const [index, next] of after.entries()) {
    // The first step that decides what the word does wins, so their order is the order of precedence.
    const step = joinsSecondWish(keeping, index, next) ?? endsAtClauseOrPurpose(wish, keeping, index, next) ?? endsBeforeNextDoingOrCutsShort(keeping, index, next)
      ?? keepsVerbsOwnWord(wish, keeping, index, next) ?? leavesOutAsideOrKeepsOccasion(wish, keeping, index, next) ?? readsTimeWord(wish, keeping, index, next)
      ?? keepsWordAWishMayName(wish, keeping, index, next);
    if (step === 'break') break;
    if (step !== 'continue') return step;
  }
  return keeping;
}

/** A second verb joined by "and" ("slow down and smell the flowers") goes on the wish, its own word then stepped over. */
function joinsSecondWish(keeping: KeptWords, index: number, next: string): WordStep | undefined {
  const { after, rest } = keeping;
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
    keeping.joinedAt = index + 1;
    return 'continue';
  }
  if (index === keeping.joinedAt) return 'continue';
  return undefined;
}

/**
 * The wish ends at a new clause, is none when said not to be done, is the purpose after setting off ("sets off | to find
 * the rainbow"), or takes the thing a pronoun stands for.
 */
function endsAtClauseOrPurpose(wish: WishSoFar, keeping: KeptWords, index: number, next: string): WordStep | undefined {
  const { words, from, at, verb, options, readGoal } = wish;
  const { after, rest } = keeping;
  // "learns never to eat the berries", "tries not to cry": a wish told without its "never" says the opposite, so there is none.
  if (next === 'never' || next === 'not') return { goal: undefined };
  // "counts the stars every night": when it happens is the story's time, not part of the wish.
  if (clauseEnds.has(next) || (next === 'than' && words.slice(from, at).includes('rather'))) return 'break';
  // "the biggest turnip | anyone has ever seen", "the best cake | you have ever tasted": someone starting a clause of
  // their own after the thing says how the thing is, not more of the wish.
  // Only after a thing, never after a word that asks ("a bike without stabilisers, can | you make a story").
  if (clauseSubjects.has(next) && rest.length > 0 && nounLemmas(rest.at(-1)!).length > 0 && !modalWords.has(rest.at(-1)!) && verbLemma(after[index + 1] ?? '') !== undefined) return 'break';
  // "sets off across the desert | to find the end of the rainbow": setting off is how the hero goes about the wish, and
  // the purpose after it is the wish when it may be one. When it may not (finding is the plot's), the going is no wish
  // seeking past the idea's place (see options.whole) but the trip there.
  // "rolls down the slide to bed": a word more a thing than a doing, with no thing after it, is where, not what for.
  const purposeVerb = next === 'to' ? after[index + 1] : undefined;
  const doingNext = purposeVerb !== undefined && verbLemma(purposeVerb) === purposeVerb && !determiners.has(purposeVerb)
    && (sensesOf(purposeVerb, 'verb').length >= sensesOf(purposeVerb, 'noun').length || determiners.has(after[index + 2] ?? ''));
  if (doingNext && setsOff(verb)) {
    const purpose = readGoal(after.slice(index), 0, { ...options, seeking: true });
    if (purpose) return { goal: purpose };
    if (options.whole && rest.some((kept) => !glueWords.has(kept))) return { goal: undefined };
  }
  // "finds a dragon egg and wants to hatch it": "it" straight after the verb is the thing named just before, when a wish may name it.
  const thing = (next === 'it' || next === 'them') && rest.length === 0 ? referent(words, from, verb, next === 'them') : undefined;
  if (thing) {
    rest.push('the', thing);
    return 'continue';
  }
  return undefined;
}

/** The wish ends before what the hero does next or how often, and is cut short when it runs past a sentence's length. */
function endsBeforeNextDoingOrCutsShort(keeping: KeptWords, index: number, next: string): WordStep | undefined {
  const { after, rest } = keeping;
  // "can't change colour | joins the parade": a verb's third-person form after a thing, with its own thing after it, starts
  // what the hero does next ("plant the apple trees" is one thing, WordNet's "apple tree"; "the presents | over" no verb's).
  const endsOnNoun = rest.length > 0 && !glueWords.has(rest.at(-1)!) && nounLemmas(rest.at(-1)!).length > 0;
  if (endsOnNoun && tellsWhatHeroDoes(next) && determiners.has(after[index + 1] ?? '') && lemmasOf(`${rest.at(-1)} ${next}`, 'noun').length === 0) return 'break';
  // "shine one last time", "fly for the very first time": how often is no part of the wish.
  // Never a thing WordNet names with "time" ("build a time machine", "bury a time capsule").
  const timesAt = after.slice(index, index + 5).findIndex((word, offset) => (word === 'time' || word === 'times') && lemmasOf(`time ${after[index + offset + 1] ?? ''}`, 'noun').length === 0);
  // It opens with "one", "for", "this" or an article, never a describing word alone ("sleep away from home | for the first time":
  // "home" is no "how often", though WordNet also lists it as describing).
  const opensHowOften = ['one', 'for', 'this'].includes(next) || determiners.has(next);
  if (timesAt > 0 && opensHowOften && after.slice(index, index + timesAt).every((word) => word === 'one' || word === 'for' || word === 'this' || determiners.has(word) || adjectiveLemmas(word).length > 0)) return 'break';
  // A wish is told in a sentence: one longer than this ends here, cut short unless a new phrase begins ("| in the jungle").
  // A second wish joined by "and" is counted as a sentence of its own ("join up with the big puddle across the road |
  // and become a lake"), unless it goes somewhere: that trip is the places' ("and sail across the pond").
  const andAt = keeping.joinedAt >= 0 ? rest.lastIndexOf('and') : -1;
  const joinedStart = andAt >= 0 && !goingVerbs.has(rest[andAt + 1]) ? andAt + 2 : 0;
  // "carry her shell all the way | to a new garden": "all the way" only says how far, and is not counted.
  const howFar = rest.slice(joinedStart).some((kept, keptAt, all) => kept === 'all' && all[keptAt + 1] === 'the' && all[keptAt + 2] === 'way') ? 3 : 0;
  if (rest.length - joinedStart - howFar >= 8) {
    keeping.cut = !prepositions.has(next);
    // "build a boat out of a walnut shell | and sail | across the pond": a second wish whose words are cut off is left
    // out whole, never told as a bare "and sail".
    if (rest.at(-2) === 'and' && keeping.joinedAt === index - 1) rest.splice(-2);
    // "win the prize for biggest vegetable at the village | show": a phrase cut inside its noun is left out from its
    // preposition ("at the village" is not where the show is).
    const phraseAt = rest.findLastIndex((kept) => prepositions.has(kept));
    if (keeping.cut && nounLemmas(next).length > 0 && phraseAt > 0 && rest.slice(0, phraseAt).some((kept) => !glueWords.has(kept))) rest.splice(phraseAt);
    return 'break';
  }
  return undefined;
}

/** A word that belongs to the verb ("fall asleep", "be | invited", "walk forwards") is kept with it. */
function keepsVerbsOwnWord(wish: WishSoFar, keeping: KeptWords, index: number, next: string): WordStep | undefined {
  const { verb, partOf, goesDoing, asked, beingSo, listed, phrasal } = wish;
  const { after, rest } = keeping;
  // "fall asleep | until…", "be clean | by bedtime": the word WordNet lists with the verb, or how the hero wants to be,
  // is the verb's, never a loose word saying how (still checked as any word of a wish is).
  // "go | camping": the doing was checked as a verb (see goesDoing).
  if (index < 2 && partOf) {
    rest.push(next);
    return 'continue';
  }
  if (index === 0 && goesDoing) {
    rest.push(next);
    return 'continue';
  }
  // "be | invited": being asked over was checked as a verb (see asked).
  if (index === 0 && verb === 'be' && asked && beingSo) {
    rest.push(next);
    return 'continue';
  }
  const complement = (listed && !phrasal) || (linkingVerbs.has(verb) && adjectiveLemmas(next).length > 0);
  if (index === 0 && complement) {
    // "stay thin": a wish to be what no wish may name is none, not a bare "stay".
    if (!allowedGoalWord(next, undefined, after.slice(1), verb)) return { goal: undefined };
    rest.push(next);
    return 'continue';
  }
  // "count his sheep to fall asleep": a word WordNet lists with a later verb of the wish ("fall asleep") is that verb's.
  const laterVerb = rest.at(-2) === 'to' ? verbLemma(rest.at(-1)!) : undefined;
  if (laterVerb !== undefined && lemmasOf(`${laterVerb} ${next}`, 'verb').length > 0) {
    rest.push(next);
    return 'continue';
  }
  // "walk forwards", "swim backwards", "scuttle sideways": the way a going verb goes (an adverb of WordNet's made with
  // -wards or -ways) is the wish's point, kept with it.
  if (index === 0 && goingVerbs.has(verb) && /(?:wards?|ways)$/.test(next) && isAdverb(next)) {
    rest.push(next);
    return 'continue';
  }
  return undefined;
}

/** A parent's aside ends the wish and a word saying only how is left out; an outing or someone's occasion is kept. */
function leavesOutAsideOrKeepsOccasion(wish: WishSoFar, keeping: KeptWords, index: number, next: string): WordStep | undefined {
  const { words, at, verb, asked, beingSo, outing, wantsThing } = wish;
  const { after, rest } = keeping;
  // "be a prince | lol", "see the sea | xx": a word no dictionary has, after the thing wished for, is the parent's aside.
  const thingKept = rest.length > 0 && !glueWords.has(rest.at(-1)!) && nounLemmas(rest.at(-1)!).length > 0 && verbLemma(rest.at(-1)!) === undefined;
  if (thingKept && !glueWords.has(next) && !isDictionaryWord(next) && !isAdverb(next) && !closedCompoundHead(next)) return 'break';
  // "fly again", "come home safely": a word that only says how or when is left out, the rest of the wish kept.
  if (!glueWords.has(next) && !isDictionaryWord(next) && isAdverb(next)) return 'continue';
  // "smile even when…", "fly just once": a word that can say how, before one that only says when or how, says how too.
  const then = after[index + 1];
  // Never a noun after "the" ("fly all the way | across the sea": "way" is the way).
  if (!glueWords.has(next) && !determiners.has(rest.at(-1) ?? '') && isAdverb(next) && then !== undefined && (timeClauses.has(then) || (!isDictionaryWord(then) && isAdverb(then)))) return 'continue';
  // "go on a picnic": the outing is the wish, though WordNet files a picnic first as a time (a field day).
  // "wants a midnight picnic": so is having one, after a time that says when.
  // "be invited to the picnic": so is being asked to one.
  if ((outing || wantsThing || (asked && beingSo)) && rest.every((kept) => glueWords.has(kept) || adjectiveLemmas(kept).length > 0 || (wantsThing && isTimeWord(kept)) || (asked && kept === words[at + 1])) && isOuting(next)) {
    rest.push(next);
    return 'continue';
  }
  // "remember his friend's birthday", "sing her grandma's song": after family or a friend, the apostrophe's "s" says the
  // next thing is theirs; it is wished for only as something known, told or made (a verb of knowing, telling or making),
  // never taken or touched ("take his sister's doll" is none). The thing after it is checked as any word of a wish is.
  if (next === 's' && rest.length > 0 && (isKinWord(rest.at(-1)!) || isFriendWord(rest.at(-1)!))) {
    if (!ownsKnownThing(verb)) return { goal: undefined };
    rest.push(next);
    return 'continue';
  }
  // "his friend's birthday": an occasion that is someone's is the thing wished for, no time of the wish.
  if (rest.at(-1) === 's' && isTimeWord(next, rest.at(-1))) {
    rest.push(next);
    return 'break';
  }
  return undefined;
}

/** A time that names a thing is kept; any other ends the wish, or hands it to the purpose that follows. */
function readsTimeWord(wish: WishSoFar, keeping: KeptWords, index: number, next: string): WordStep | undefined {
  const { options, wantsThing, readGoal } = wish;
  const { after, rest } = keeping;
  // "a birthday cake": a time before a thing only says which thing.
  const nextNoun = after[index + 1] !== undefined && !glueWords.has(after[index + 1]) && !clauseEnds.has(after[index + 1]) && nounLemmas(after[index + 1]).length > 0;
  if (isTimeWord(next, rest.at(-1)) && nextNoun) {
    rest.push(next);
    return 'continue';
  }
  // "wants a quiet nap", "wants a happy birthday": a time wanted is the thing itself (WordNet files a nap as a time).
  if (isTimeWord(next, rest.at(-1)) && wantsThing && rest.every((kept) => determiners.has(kept) || adjectiveLemmas(kept).length > 0)) {
    rest.push(next);
    return 'continue';
  }
  if (isTimeWord(next, rest.at(-1))) {
    // "practises every single day to become a ballet dancer": what the doing is for is the wish.
    if (after[index + 1] === 'to' && verbLemma(after[index + 2] ?? '') !== undefined) {
      const purpose = readGoal(['to', ...after.slice(index + 2)], 0, options);
      if (purpose) return { goal: purpose };
    }
    // "see the summer", "stay awake to see the sunrise": a time straight after a verb is what the hero wants.
    const lastVerb = rest.findLastIndex((kept, keptAt) => rest[keptAt - 1] === 'to' && verbLemma(kept) !== undefined);
    if (rest.slice(lastVerb + 1).every((kept) => determiners.has(kept))) {
      rest.push(next);
      return 'break';
    }
    // "on a windy morning", "every night": the words that led to the time go with it ("stay awake | at night" keeps "awake").
    const timeStart = rest.findLastIndex((kept) => glueWords.has(kept));
    if (timeStart >= 0 && rest.slice(timeStart + 1).every((kept) => lemmasOf(kept, 'noun').length === 0)) rest.splice(timeStart);
    // "practise every single day": the words that say which time go with it.
    else if (rest.length > 0 && timeMarkers.has(rest.at(-1)!)) while (rest.length > 0 && (determiners.has(rest.at(-1)!) || timeMarkers.has(rest.at(-1)!))) rest.pop();
    return 'break';
  }
  return undefined;
}

/** Any other word is kept when a wish may name it; else the wish is cut back to the phrase before it, or is none. */
function keepsWordAWishMayName(wish: WishSoFar, keeping: KeptWords, index: number, next: string): WordStep {
  const { verb, partOf, word, words, from } = wish;
  const { after, rest } = keeping;
  // "learn to tie his shoelaces": a thing is checked with the verb that acts on it, the last one after "to".
  const actingVerb = [verb, ...rest].reduce((acting, kept, keptAt, all) => (all[keptAt - 1] === 'to' ? verbLemma(kept) ?? acting : acting), partOf ? 'join' : verb);
  // "brush his teeth": the hero's own teeth, hair or paws, cared for, are the wish's (see caresForOwnBody).
  if (caresForOwnBody(actingVerb, rest.at(-1), next, words.slice(0, from))) {
    rest.push(next);
    return 'continue';
  }
  // "build a treehouse | with his grandpa", "make a card | for her mum": family is a wish's only when the wish is done to them ("teach his little brother").
  // "roar | like his dad": "like" is a preposition here, though WordNet also lists it as a describing word.
  const kinAfterPreposition = isKinWord(next) && prepositions.has(rest.filter((kept) => !determiners.has(kept) && (prepositions.has(kept) || adjectiveLemmas(kept).length === 0)).at(-1) ?? '');
  if (!glueWords.has(next) && (kinAfterPreposition || !allowedGoalWord(next, rest.at(-1), after.slice(index + 1), actingVerb))) {
    // "balance a ball on her nose": the wish is kept up to the phrase that says where or with whom, when what is
    // left names a thing; the rest is reported as not understood (ideaUsage), never written.
    // "dance | with the ballerina": the verb alone when who it is done with comes straight after it ("wait | on the step" says nothing alone).
    // "make friends with the kid": a friendship with someone no wish may name is no wish at all, not "make friends".
    const namesFriend = [word, ...rest].some(isFriendWord);
    // A creature the storyteller itself draws is one, whatever WordNet lists first ("friends with the dragon": a fierce woman first).
    const nextLemma = nounLemmas(next)[0] ?? next;
    if (namesFriend && !(nextLemma in heroWords) && commonNounSenses(nextLemma, 1)[0]?.lexicographerFile === 'noun.person') return { goal: undefined };
    const cutAt = rest.findLastIndex((kept) => prepositions.has(kept));
    if (cutAt < 0 || (cutAt === 0 && rest[0] !== 'with' && !doneAlone(verb)) || (cutAt > 0 && !rest.slice(0, cutAt).some((kept) => !glueWords.has(kept)))) return { goal: undefined };
    rest.splice(cutAt);
    keeping.cut = true;
    return 'break';
  }
  rest.push(next);
  return 'continue';
}
