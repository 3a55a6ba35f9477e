import { lemmasOf, sensesOf, taggedSenseCount } from '../../../safety/wordnet-lexicon.ts';
import { determiners } from './glue-words.ts';
import { adverbsOfTime, clauseSubjects, eagerWords, forgettingWords, leadingWords, missionWords, obligingWords, pronounObjects, wantingWords, wonderingWords } from './wanting-words.ts';
import { headNounOf, isFood } from './allowed-verb.ts';
import { adjectiveLemmas, verbLemma } from './word-lemmas.ts';

// The words before a wish that only say how the hero wants it ("wants to", "can't wait to", "is on a mission to"): the wish
// reader (readIdeaGoal) steps over them to the wish's own verb. Each test reads the idea's words at one index.

/**
 * "too fuzzy to fly": what the hero is too something to do is what it wants to do.
 * "has to carry the presents": having to do it is wanting it done.
 * "can't wait to become a butterfly", "is determined to pull the ship home": only how much the hero wants what follows.
 */
export function isEagerLeadIn(words: readonly string[], index: number): boolean {
  return words[index + 1] === 'to' && ((words[index] === 'wait' && ['cant', 'cannot', 'hardly'].includes(words[index - 1])) || eagerWords.has(words[index]));
}

/** "has always wanted to", "had never wanted": having wanted it is wanting it. */
export function isHasWantedLeadIn(words: readonly string[], index: number): boolean {
  return obligingWords.has(words[index]) && [words[index + 1], words[index + 2]].some((next, offset) => wantingWords.has(next ?? '') && (offset === 0 || adverbsOfTime.has(words[index + 1])));
}

/** "wonders if he can be brave", "can't wait until she can say hello": what the hero wonders about or waits for is the wish. */
export function isWonderingLeadIn(words: readonly string[], index: number): boolean {
  return (wonderingWords.has(words[index]) && words[index + 1] === 'if') || (words[index] === 'if' && wonderingWords.has(words[index - 1] ?? ''))
    || (words[index] === 'wait' && ['cant', 'cannot'].includes(words[index - 1] ?? '') && words[index + 1] === 'until') || (words[index] === 'until' && words[index - 1] === 'wait')
    || (words[index] === 'finally' && leadingWords.has(words[index - 1] ?? ''));
}

/**
 * "to ride", never "to the park": a plain verb straight after the "to" that follows `index`.
 * "has to get to school": a word tagged texts use more as a thing than a doing is where, not what.
 */
export function hasPlainVerbAfterTo(words: readonly string[], index: number): boolean {
  return words[index + 1] === 'to' && !determiners.has(words[index + 2] ?? '') && lemmasOf(words[index + 2] ?? '', 'verb').includes(words[index + 2] ?? '')
    && taggedSenseCount(words[index + 2], 'verb') >= taggedSenseCount(words[index + 2], 'noun');
}

/** A word of "on a mission to" / "on a quest to", wherever in the phrase `index` is. */
export function isOnAMission(words: readonly string[], index: number): boolean {
  return [0, 1, 2].some((offset) => words[index - offset] === 'on' && words[index - offset + 1] === 'a' && missionWords.has(words[index - offset + 2] ?? '') && words[index - offset + 3] === 'to');
}

/** "keeps trying to", "is on a mission to", "needs help to": only how the hero goes about wanting what follows. */
export function isGoingAboutLeadIn(words: readonly string[], index: number): boolean {
  return (['keeps', 'keep', 'kept'].includes(words[index]) && wantingWords.has(words[index + 1] ?? ''))
    || isOnAMission(words, index)
    || (words[index] === 'help' && wantingWords.has(words[index - 1] ?? '') && words[index + 1] === 'to')
    // "gets to ride on a whale": what the hero gets to do (never "gets to the park", a place reached).
    || (['gets', 'get', 'got'].includes(words[index]) && hasPlainVerbAfterTo(words, index))
    // "is going to fly higher": what the hero is going to do, not a trip.
    || (words[index] === 'going' && hasPlainVerbAfterTo(words, index));
}

/** "forgot how to chime": what the hero forgot how to do is what it wants to do again. */
export function isForgotHowLeadIn(words: readonly string[], index: number): boolean {
  return (forgettingWords.has(words[index]) && words[index + 1] === 'how' && words[index + 2] === 'to') || (words[index] === 'how' && forgettingWords.has(words[index - 1]));
}

/** "helps build a playground": helping to do it is doing it, when a plain verb follows straight after. */
export function isHelpsDoLeadIn(words: readonly string[], index: number): boolean {
  return ['help', 'helps', 'helping'].includes(words[index]) && words[index + 1] !== undefined && !determiners.has(words[index + 1])
    && lemmasOf(words[index + 1], 'verb').includes(words[index + 1]) && sensesOf(words[index + 1], 'verb').length > sensesOf(words[index + 1], 'noun').length;
}

/** "dreams that one day she will be used", "hopes someday to fly": when is no part of the wish. */
export function isSomeDay(words: readonly string[], index: number): boolean {
  return (words[index] === 'one' && words[index + 1] === 'day') || (words[index] === 'day' && words[index - 1] === 'one' && words[index - 2] !== 'for') || words[index] === 'someday';
}

/** "wishes that he could fly", "dreams that one day she will": a "that" before who does it, or when, opens what is wished. */
export function opensWishClause(words: readonly string[], index: number): boolean {
  return words[index] === 'that' && (clauseSubjects.has(words[index + 1] ?? '') || isSomeDay(words, index + 1));
}

/**
 * "wants it back", "needs them": a pronoun straight after a wish word is the thing wanted, not who goes on to do something
 * ("wants it to snow" wants the snow).
 */
export function isWantedPronoun(words: readonly string[], index: number): boolean {
  return pronounObjects.has(words[index]) && wantingWords.has(words[index - 1] ?? '') && words[index + 1] !== 'to' && !opensWishClause(words, index);
}

/** "would rather plant flowers than fight": what the hero would rather do, before the "than", is the wish. */
export function isRatherThan(words: readonly string[], index: number): boolean {
  return words[index] === 'rather' && words[index - 1] === 'would' && words.slice(index + 2).includes('than');
}

/** "wants to try pizza": trying a food is tasting it, the wish itself (never "tries to", "keeps trying"). */
export function triesFood(words: readonly string[], index: number): boolean {
  return ['try', 'tries', 'trying'].includes(words[index]) && words[index + 1] !== 'to' && isFood(headNounOf(words.slice(index + 1)));
}

/**
 * "has never seen the sun", "had never tasted snow": what the hero has never done is what it wishes to do (see notYetDone
 * in readIdeaGoal's wishVerbAt).
 */
export function isNeverDoneLeadIn(words: readonly string[], index: number): boolean {
  return ['has', 'have', 'had'].includes(words[index]) && words[index + 1] === 'never' && words[index + 2] !== undefined && verbLemma(words[index + 2]) !== undefined && verbLemma(words[index + 2]) !== words[index + 2];
}

/** Whether the word at `index` only leads to the wish read from `from` (the tests above, tried in this order). */
export function isWishLeadIn(words: readonly string[], index: number, from: number): boolean {
  return (leadingWords.has(words[index]) && !isWantedPronoun(words, index)) || isNeverDoneLeadIn(words, index) || (isSomeDay(words, index) && index > from && (wantingWords.has(words[index - 1]) || opensWishClause(words, index - 1) || words[index - 1] === 'one')) || isRatherThan(words, index) || (wantingWords.has(words[index]) && !triesFood(words, index)) || (words[index - 1] === 'too' && adjectiveLemmas(words[index]).length > 0)
    || (obligingWords.has(words[index]) && words[index + 1] === 'to') || isEagerLeadIn(words, index) || isForgotHowLeadIn(words, index) || isHelpsDoLeadIn(words, index) || isHasWantedLeadIn(words, index) || isGoingAboutLeadIn(words, index) || isWonderingLeadIn(words, index);
}

/** The index of the first word from `from` on that does not only lead to the wish (the wish's verb, when there is one). */
export function skipWishLeadIns(words: readonly string[], from: number): number {
  let at = from;
  while (at < words.length && isWishLeadIn(words, at, from)) at += 1;
  return at;
}
