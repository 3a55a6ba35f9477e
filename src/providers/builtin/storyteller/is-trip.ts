import { commonNounSenses } from '../../../media/illustrator/common-noun-senses.ts';
import { isVerbOfClass, lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { determiners, directionWords, prepositions } from './glue-words.ts';
import { leapingVerbs } from './goal-verbs.ts';
import { adjectiveLemmas, classesOf, nounLemmas } from './word-lemmas.ts';

/**
 * Verbs of setting off or travelling ("set off", "start out", "travel", "journey"): among their two commonest meanings, one
 * WordNet files as a kind of leaving or of travelling. A "to" and a plain verb after one say what the going is for.
 */
export function setsOff(verb: string): boolean {
  return sensesOf(verb, 'verb', 2).some((sense) => sense.lexicographerFile === 'verb.motion' && (isVerbOfClass(sense, 'leave') || isVerbOfClass(sense, 'travel')));
}

/** Whether going on from a verb of going ("sail | around the world", "jump | over the fence", "ride | in a balloon") reaches no place: the doing is the wish. */
export function goesNowhere(verb: string, following: readonly string[]): boolean {
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
