import { lemmasOf } from '../../../safety/wordnet-lexicon.ts';
import { adjectiveLemmas } from './word-lemmas.ts';
import { isKinWord } from './is-friend-word.ts';
import { allowedNoun } from './allowed-noun.ts';
import { readIdeaGoal } from './read-idea-goal.ts';
import { articles } from './noun-after.ts';
import { safe } from './safe-for-child.ts';

/**
 * "helps his grandpa fix the old clock": what the hero helps to do is the wish ("help fix the old clock"); who is
 * helped goes with it when a wish may name it ("help the ships come home"), never a person (nor a grandpa after "his").
 */
export function helpedGoal(words: readonly string[], from: number): string | undefined {
  const helpAt = words.findIndex((word, at) => at >= from && lemmasOf(word, 'verb').includes('help'));
  if (helpAt < 0) return undefined;
  for (let at = helpAt + 2; at <= helpAt + 4 && at < words.length; at += 1) {
    if (lemmasOf(words[at - 1], 'noun').length === 0 || articles.has(words[at - 1])) continue;
    const done = readIdeaGoal(['to', ...words.slice(at)], 0, { seeking: true });
    if (!done) continue;
    const helped = words.slice(helpAt + 1, at);
    // Family helped is told as the helping, not named ("help fix the old clock"): a listener's grandpa is theirs alone.
    const named = helped.every((word, index) => (index < helped.length - 1 ? articles.has(word) || adjectiveLemmas(word).length > 0 : allowedNoun(word, 'help') && !isKinWord(word)));
    const goal = named ? `help ${helped.join(' ')} ${done}` : `help ${done}`;
    return safe(goal) ? goal : undefined;
  }
  return undefined;
}
