import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { nounLemma } from './prop-kind.ts';
import { isSomeone } from './is-friend-word.ts';
import { allowedNoun } from './allowed-noun.ts';
import { safe } from './safe-for-child.ts';

/** Words between a thing and "missing": "one sheep keeps going missing", "his teddy is missing". */
const goingMissing = new Set(['going', 'gone', 'went', 'goes', 'go', 'is', 'was', 'are', 'were', 'keeps', 'kept', 'has', 'have', 'had', 'always', 'gets', 'got', 'get', 'been']);

/** The thing said to be missing before the word ("the cow went missing"): never a person, whom no bedtime story loses. */
export function missingBefore(words: readonly string[], at: number): string | undefined {
  if (words[at] !== 'missing') return undefined;
  let before = at - 1;
  while (before >= 0 && goingMissing.has(words[before])) before -= 1;
  const word = words[before];
  if (word === undefined || before === at - 1 || lemmasOf(word, 'noun').length === 0) return undefined;
  const noun = nounLemma(word)!;
  return !isSomeone(noun) && allowedNoun(noun, 'find') && safe(noun) ? noun : undefined;
}
