import { lemmasOf, sensesOf } from '../../../safety/wordnet-lexicon.ts';
import { clauseEnds, determiners, glueWords, prepositions } from './glue-words.ts';
import { adjectiveLemmas, nounLemmas } from './word-lemmas.ts';
import { safe } from './safe-for-child.ts';
import { allowedNoun, forbiddenNoun } from './allowed-noun.ts';

/**
 * "has to get the birthday presents to the next town", "get her cows back": "get" at `at`, a thing, and within a few words
 * "back", "home" or "to" a place, which is bringing the thing there ("get a dog to play with" gets one; "get lost" and
 * "get home" are the plot's).
 */
export function getsThingSomewhere(words: readonly string[], at: number): boolean {
  if (!determiners.has(words[at + 1] ?? '')) return false;
  const place = (next = '') => determiners.has(next) || (nounLemmas(next).length > 0 && sensesOf(next, 'noun').length > sensesOf(next, 'verb').length);
  const turnAt = words.findIndex((next, index) => index > at + 1 && index < at + 7 && (next === 'back' || next === 'home' || next === 'to'));
  return turnAt > 0 && (words[turnAt] !== 'to' || place(words[turnAt + 1]));
}

/**
 * The thing "it" stands for: what a doing in the few words before the wish acts on ("finds a tiny door at the bottom of the
 * garden and is determined to open it": the door), the last noun after its "a", "the" or whose, when a wish may name it
 * with the verb; never the hero the idea opens with ("a fox who wants to remember it"), nor a person. `them`: the things
 * "them" stands for, named in the plural and told so ("making sweet treats … wants to share them": the treats), which
 * may follow their verb with no article.
 */
export function referent(words: readonly string[], before: number, verb: string, them = false): string | undefined {
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
