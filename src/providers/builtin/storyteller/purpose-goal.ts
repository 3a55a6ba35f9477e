import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { clauseEnds, prepositions } from './glue-words.ts';
import { eagerWords, wantingWords } from './wanting-words.ts';
import { learns } from './allowed-verb.ts';
import { readIdeaGoal } from './read-idea-goal.ts';
import { pointers } from './read-idea-places.ts';
import { heroAgain } from './later-goal.ts';

/** Words before a "to" that make it part of the doing, not a purpose after it ("learns to", "has to", "how to", "going to", "next to"). */
const noPurposeBefore = new Set(['how', 'going', 'has', 'have', 'had', 'got', 'gets', 'get', 'next', 'close', 'up', 'back', 'way', 'according', 'due', 'thanks']);

/**
 * "gets up before everyone to bake bread", "sneaks out of his cage to see the moon": what the hero does first is how it
 * goes about the wish, and the purpose after it is the wish. Read with the seeking verbs, so that a place to see or find
 * is the journey's ("sets off to see the sea"). A first doing that acts on a thing ("digs a tunnel to see the sun") is
 * the story's own, and stays the wish: the thing is what the idea is about.
 */
export function purposeGoal(words: readonly string[], from: number, first: string): string | undefined {
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
