import { boundary } from './goal-within-sentence.ts';
import type { Being } from './find-idea-hero.ts';
import { readIdeaGoal } from './read-idea-goal.ts';
import { ideaWords } from './idea-words.ts';
import { afterCompanion } from './after-companion.ts';

/** Marks that end a clause as written, as goalWithinSentence reads them, found all along the idea. */
const clauseBoundary = new RegExp(boundary.source, 'gu');

/**
 * "an elephant who wants to learn to swim, my son is afraid of water": the goal reader reads words without their
 * punctuation, so the next clause's words ran on into the wish ("learn to swim my son") and a wish that names family
 * was no wish at all. With no wish read otherwise, the wish is read again from the clause the hero's words open: the
 * idea's words up to the first mark that ends a clause past the hero and two words more (a wish needs "wants to" and a
 * verb at least), every word checked as any wish's are.
 */
export function goalWithinClause(idea: string, afterHero: number, companions: readonly Being[]): string | undefined {
  const wordCount = ideaWords(idea).length;
  for (const mark of idea.matchAll(clauseBoundary)) {
    const clause = ideaWords(idea.slice(0, mark.index));
    if (clause.length < afterHero + 2) continue;
    if (clause.length === wordCount) return undefined;
    const { goalWords, goalFrom } = afterCompanion(clause, afterHero, companions);
    return readIdeaGoal(goalWords, goalFrom);
  }
  return undefined;
}
