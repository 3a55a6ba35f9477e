import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';

/*
 * Going home, as readIdeaParts reads it: a hero's own way home is the way-home plot ("has to get home before dark"),
 * another's is the helping plot, and going away, off or home is never a wish granted.
 */

/** Where going leaves from rather than to: a goal that goes away, off or home is no wish of its own. */
export const leavingWords = new Set(['away', 'off', 'home', 'out']);
/** Verbs a hero goes home by: "get home", "go back home", "fly home", "find the way home". */
const homeGoingVerbs = new Set(['get', 'go', 'come', 'return', 'head', 'hurry', 'walk', 'fly', 'swim', 'run', 'sail', 'find', 'make', 'travel', 'hop', 'drive', 'float', 'crawl', 'wander']);
/** Words that leave a hero at a place it must come home from ("left behind at the airport", "stuck at the top of the tree"). */
export const strandedWords = new Set(['left', 'behind', 'lost', 'stuck', 'stranded']);

/** Whether the hero (from `from` on) goes home: "home" after "way", or after a verb of going with only "back" between. */
export function goesHome(words: readonly string[], from: number): boolean {
  return words.some((word, at) => {
    if (word !== 'home' || at <= from) return false;
    const before = words.slice(Math.max(from, at - 3), at);
    if (before.at(-1) === 'way' || (before.at(-1) === 'back' && before.at(-2) === 'way')) return true;
    const verb = before.at(-1) === 'back' ? before.at(-2) : before.at(-1);
    return verb !== undefined && lemmasOf(verb, 'verb').some((lemma) => homeGoingVerbs.has(lemma));
  });
}

/** A goal that is the hero's own way home ("find his way home", "get back home"), not one done for others ("help the ships come home"). */
export function goalGoesHome(goal: string): boolean {
  const [verb, ...rest] = goal.split(' ');
  return homeGoingVerbs.has(verb) && rest.slice(0, 3).includes('home');
}
