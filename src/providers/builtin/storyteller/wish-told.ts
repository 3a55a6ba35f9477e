import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { clauseEnds, glueWords, prepositions, timeClauses } from './glue-words.ts';
import { wishWords } from './wanting-words.ts';
import { notGoals } from './goal-verbs.ts';
import { adjectiveLemmas, nounLemmas, verbLemma } from './word-lemmas.ts';
import { safe } from './safe-for-child.ts';
import { isFriendWord } from './is-friend-word.ts';
import { allowedVerb, isCloseDoing, learns } from './allowed-verb.ts';
import { allowedNoun, forbiddenNoun } from './allowed-noun.ts';

/**
 * The wish as a story tells it, from words every one of which was read and checked: "wants his kite to fly higher" is
 * not "have his kite to fly higher" but helping the kite fly higher; "wants the crows to be his friends" is making friends
 * with the crows; "needs help bringing in the pumpkins" is helping bring them in.
 */
export function wishTold(verb: string, rest: readonly string[]): string[] {
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

/** The hero said again after "with" or "to" ("someone would play tag with him"). */
const heroPronouns = new Set(['him', 'her', 'them', 'it']);

/** Words for a person not yet known: wanting one ("wants someone to play with") is wanting a friend. */
const someoneWords = new Set(['someone', 'somebody', 'anyone', 'anybody']);

/** "wants someone to play with", "needs somebody to talk to" → "find a friend to play with": the verb alone is the idea's. */
export function someoneToDoWith(words: readonly string[], from: number): string | undefined {
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
export function taskWithThing(words: readonly string[], at: number): string | undefined {
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
