import { TermMatcher } from './term-matcher.ts';
import { bedtimeToneTerms } from './story-guardrail-terms.ts';

export interface ToneReport {
  /** True when the text reads calmly enough for bedtime. */
  calm: boolean;
  /** What made it less calm, for the moderation record. */
  reasons: string[];
}

const toneMatcher = new TermMatcher({ Hate: {}, SelfHarm: {}, Sexual: {}, Violence: {}, Fear: bedtimeToneTerms });

/** Points a scene may spend on lively words, shouting and exclamation marks before it stops being restful. */
const restlessnessBudget = 3;

/**
 * Bedtime tone, beyond harm: a story that shouts (capital words, !!!) or races (suddenly, crash, chase)
 * keeps a child awake. Scores restlessness; more than the budget fails the scene.
 */
export function checkBedtimeTone(text: string): ToneReport {
  const reasons: string[] = [];
  let points = 0;
  const lively = toneMatcher.score(text).find((score) => score.category === 'Fear')?.reasons ?? [];
  for (const word of lively) {
    points += 1;
    reasons.push(`lively word "${word}"`);
  }
  const exclamations = (text.match(/!/g) ?? []).length;
  if (exclamations > 2) {
    points += exclamations - 2;
    reasons.push(`${exclamations} exclamation marks`);
  }
  const shouted = text.match(/\b[A-Z]{4,}\b/g) ?? [];
  if (shouted.length > 0) {
    points += shouted.length * 2;
    reasons.push(`shouting (${shouted.slice(0, 3).join(', ')})`);
  }
  return { calm: points <= restlessnessBudget, reasons };
}
