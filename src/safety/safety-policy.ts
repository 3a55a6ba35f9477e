import type { CategoryScore, ModerationCategory } from '../providers/spec/index.ts';
import { safetyTopics, type SafetyTopic } from './safety-topic.ts';

/** `child` (the default) is strict and fails closed; `standard` is for stories read by grown-ups. */
export type SafetyMode = 'child' | 'standard';

/**
 * The highest severity (0–7, Azure's scale) each category may reach and still pass. Child mode lets
 * a lone gentle word through (a goodnight kiss, a friendly monster) and nothing stronger.
 */
export const severityThresholds: Record<SafetyMode, Record<ModerationCategory, number>> = {
  child: { Hate: 0, SelfHarm: 0, Sexual: 1, Violence: 1, Fear: 2 },
  standard: { Hate: 2, SelfHarm: 2, Sexual: 2, Violence: 3, Fear: 5 },
};

/**
 * Topics the topic rules refuse in each mode. A story for grown-ups may hold a sword fight, a glass
 * of wine or a ghost; never sexual content, grooming, self-harm, abuse, hate or recipes for harm.
 */
export const refusedTopics: Record<SafetyMode, ReadonlySet<SafetyTopic>> = {
  child: new Set(safetyTopics),
  standard: new Set<SafetyTopic>(['sexual', 'grooming', 'self-harm', 'suicide', 'abuse', 'threats', 'hate', 'dangerous-instructions', 'personal-data', 'prompt-injection']),
};

/** The scores above the mode's thresholds; empty means the text or image passes. */
export function failingCategories(scores: readonly CategoryScore[], mode: SafetyMode): CategoryScore[] {
  return scores.filter((score) => score.severity > severityThresholds[mode][score.category]);
}

/** Names a failure for people: "Violence (blood, bitten)". */
export function describeFailures(failures: readonly CategoryScore[]): string {
  return failures.map((score) => (score.reasons?.length ? `${score.category} (${score.reasons.join(', ')})` : score.category)).join('; ');
}
