import { failingCategories, type SafetyMode } from './safety-policy.ts';
import { categoryTopic, type SafetyTopic } from './safety-topic.ts';
import { childStoryTerms, mergeTerms } from './story-guardrail-terms.ts';
import { TermMatcher } from './term-matcher.ts';

export interface IdeaPartCheck {
  /** True when the phrase may go into a story. */
  safe: boolean;
  /** What it was about when it may not, first the most serious. */
  topics: SafetyTopic[];
  /** The words or rules that matched, for logs and the moderation record. */
  matched: string[];
}

let builtIn: TermMatcher | undefined;

/**
 * Checks one short phrase a storyteller builds from (a hero, a place, a wish) with the same rules as
 * the prompt check. Synchronous so a writer can test many parts cheaply; pass the operator's matcher
 * (see guardrailMatcher) to include their terms, or the built-in lists are used.
 */
export function checkIdeaPart(text: string, mode: SafetyMode = 'child', matcher?: TermMatcher): IdeaPartCheck {
  builtIn ??= new TermMatcher(mergeTerms(childStoryTerms));
  const failures = failingCategories((matcher ?? builtIn).score(text), mode);
  return {
    safe: failures.length === 0,
    topics: failures.map((failure) => categoryTopic[failure.category]),
    matched: failures.flatMap((failure) => failure.reasons ?? []),
  };
}
