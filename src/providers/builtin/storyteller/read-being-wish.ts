import { valenceOf } from '../../../safety/warning-categories.ts';
import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { isVerbOfClass, lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { determiners } from './glue-words.ts';
import { adjectiveLemmas, nounLemmas, verbLemma } from './word-lemmas.ts';
import { isDoerWord, isFriendWord, isKinWord, isRoyal } from './is-friend-word.ts';
import { allowedVerb, touches } from './allowed-verb.ts';
import { describesTheBody } from './allowed-goal-word.ts';

/**
 * What "be" (or "go") and the words after it make a wish of, though the verb alone would be none: the wish reader
 * (readIdeaGoal) seeks these as it seeks a thing wanted.
 */
export interface BeingWish {
  /** Being a friend, a doer, royalty, or growing into a creature or family ("be friends", "be a pilot", "be an oak tree"). */
  befriends: boolean;
  /** Being so ("be clean", "be the fastest", "be invited"). */
  beingSo: boolean;
  /** Being asked over ("be invited to the picnic"): the participle's social meaning. */
  asked: boolean;
  /** Going more so ("go faster"). */
  goesMore: boolean;
  /** Being part of a thing or a group ("be part of the team"), checked as "join" is. */
  partOf: boolean;
}

/** How the words after the verb at `at` ("be", "go" or any other, which is none of these) make a wish of it. */
export function readBeingWish(words: readonly string[], at: number, verb: string | undefined): BeingWish {
  // "be friends with the tortoise", "be his friend", "be a great dancer": being a friend or a doer is a wish; being anything else is read by the plot.
  // "be an oak tree", "be a good big brother": growing into a plant or a creature, and becoming a brother or a sister
  // (after "a", never "his": being someone's family is no wish to grow into; "the first dog on the moon" is a trip).
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
  // "go faster than the bikes": going more so is the wish, as "run faster" is.
  const goesMore = verb === 'go' && /(?:er|more)$/.test(words[at + 1] ?? '') && adjectiveLemmas(words[at + 1]).some((lemma) => lemma !== words[at + 1]);
  // "be part of the big spaceship", "be part of the team": belonging to a thing or a group is joining it (checked as "join" is).
  const partOf = verb === 'be' && words[at + 1] === 'part' && words[at + 2] === 'of' && words[at + 3] !== undefined;
  return { befriends, beingSo, asked, goesMore, partOf };
}

/** Whether WordNet files the word first as a plant or a creature, something a hero may grow into. */
function growsInto(next: string): boolean {
  return ['noun.plant', 'noun.animal'].includes(commonNounSenses(nounLemmas(next)[0] ?? next, 1)[0]?.lexicographerFile ?? '');
}
