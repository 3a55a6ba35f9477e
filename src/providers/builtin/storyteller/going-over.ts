import { readIdeaGoal } from './read-idea-goal.ts';
import { leavingWords } from './read-way-home.ts';

/**
 * "dreams of flying over the ice": going over or across a thing, for an idea that names no place to reach, is the wish
 * itself, not a journey to nowhere; going away, off or home never is ("run away" is no wish a bedtime story grants).
 */
export function goingOver(words: readonly string[], from: number): string | undefined {
  const going = readIdeaGoal(words, from, { going: true });
  return going !== undefined && !going.split(' ').some((word) => leavingWords.has(word)) ? going : undefined;
}
