import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { glueWords } from './glue-words.ts';
import { wantingWords } from './wanting-words.ts';

/** Words that may end "… and really wants to" where the wish itself was said before: how much or how often, no doing. */
const afterElidedWish = new Set(['just', 'once', 'one', 'day', 'so', 'much', 'badly', 'really', 'more', 'than', 'anything', 'someday', 'too', 'ever']);
/** Words joining the clause that said the doing to the one that wants it again ("has never … and really wants to"). */
const clauseJoins = new Set(['and', 'but', 'yet', 'so']);

/**
 * Wishes English says in other words, put the way the goal's reader reads a wish ("wants to …"), only from `from` on:
 * "wants to be the one to lead the parade" → "wants to lead the parade"; "has never landed on gimel and really wants
 * to" → "… wants to land on gimel".
 * Nothing is added but the idea's own words in another order (and a verb's plain form), so the wish is checked as any is.
 */
export function wishInPlainWords(words: readonly string[], from: number): readonly string[] {
  return wishSaidBefore(beingTheOneTo(words, from), from);
}

function isPlainVerb(word: string | undefined): boolean {
  return word !== undefined && lemmasOf(word, 'verb').includes(word) && !glueWords.has(word);
}

/** "wants to be the one to lead the winter parade", "to be the first to see the snow": the doing is the wish. */
function beingTheOneTo(words: readonly string[], from: number): readonly string[] {
  const at = words.findIndex((word, index) => index >= from && word === 'be' && words[index - 1] === 'to' && words[index + 1] === 'the'
    && ['one', 'first', 'only'].includes(words[index + 2] ?? '') && words[index + 3] === 'to' && isPlainVerb(words[index + 4]));
  return at < 0 ? words : [...words.slice(0, at), ...words.slice(at + 4)];
}

/**
 * "has never landed on gimel and really wants to just once", "has never been under the bridge and wants to": the wish is
 * the doing said before, in its plain form ("been" somewhere is going there).
 */
function wishSaidBefore(words: readonly string[], from: number): readonly string[] {
  const wants = words.findIndex((word, index) => index > from && wantingWords.has(word) && words[index + 1] === 'to' && words.slice(index + 2).every((after) => afterElidedWish.has(after)));
  if (wants < 0) return words;
  const never = words.findLastIndex((word, index) => index >= from && index < wants && word === 'never');
  const join = words.findIndex((word, index) => index > never + 1 && index < wants && clauseJoins.has(word));
  if (never < 0 || join < 0) return words;
  const done = words[never + 1];
  const goesTo = done === 'been' && glueWords.has(words[never + 2] ?? '');
  const plain = goesTo ? 'go' : lemmasOf(done, 'verb').find((lemma) => lemma !== done && !lemma.includes(' '));
  if (plain === undefined) return words;
  return [...words.slice(0, wants + 2), plain, ...words.slice(never + 2, join), ...words.slice(wants + 2)];
}
