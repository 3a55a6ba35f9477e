import { findPromptInjection } from './find-prompt-injection.ts';
import { normalizeForMatching } from './normalize-for-matching.ts';
import { SafetyMatcher } from './safety-matcher.ts';
import { failingCategories, type SafetyMode } from './safety-policy.ts';
import { categoryTopic, type SafetyTopic } from './safety-topic.ts';
import { childStoryTerms, mergeTerms } from './story-guardrail-terms.ts';

export interface IdeaPartCheck {
  /** True when the phrase may go into a story. */
  safe: boolean;
  /** What it was about when it may not, first the most serious. */
  topics: SafetyTopic[];
  /** The words or rules that matched, for logs and the moderation record. */
  matched: string[];
}

let builtIn: SafetyMatcher | undefined;

/**
 * Checks one short phrase a storyteller builds from (a hero, a place, a wish) with the same topic rules
 * as the prompt check, and the mode's word thresholds, since the phrase goes into the story as written.
 * Synchronous so a writer can test many parts cheaply; pass the operator's matcher (guardrailMatcher)
 * to include their terms, or the built-in lists are used.
 */
export function checkIdeaPart(text: string, mode: SafetyMode = 'child', matcher?: SafetyMatcher): IdeaPartCheck {
  builtIn ??= new SafetyMatcher(mergeTerms(childStoryTerms));
  const scan = (matcher ?? builtIn).scan(text, mode);
  const failures = failingCategories(scan.categories, mode);
  const injection = findPromptInjection(normalizeForMatching(text).text) ? (['prompt-injection'] as SafetyTopic[]) : [];
  const topics = [...new Set([...injection, ...scan.topics.map((hit) => hit.topic), ...failures.map((failure) => categoryTopic[failure.category])])];
  return {
    safe: topics.length === 0,
    topics,
    matched: [...new Set([...scan.topics.flatMap((hit) => hit.matched), ...failures.flatMap((failure) => failure.reasons ?? [])])],
  };
}
