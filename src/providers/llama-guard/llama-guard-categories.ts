import type { CategoryScore, ModerationCategory } from '../spec/index.ts';

/**
 * Llama Guard 3's hazard categories (the MLCommons taxonomy, S1–S14), each mapped onto the Kiln
 * category and 0–7 severity it counts as. Llama Guard answers only safe/unsafe, so the severity is
 * fixed per category: high enough that any hazard fails child mode, and the gravest fail every mode.
 * Hazards a bedtime story cannot carry out (intellectual property, elections, code abuse) stay below
 * child mode's Fear threshold.
 */
export const llamaGuardCategories = {
  S1: { title: 'Violent Crimes', category: 'Violence', severity: 6 },
  S2: { title: 'Non-Violent Crimes', category: 'Violence', severity: 4 },
  S3: { title: 'Sex-Related Crimes', category: 'Sexual', severity: 6 },
  S4: { title: 'Child Sexual Exploitation', category: 'Sexual', severity: 7 },
  S5: { title: 'Defamation', category: 'Hate', severity: 4 },
  S6: { title: 'Specialized Advice', category: 'SelfHarm', severity: 4 },
  S7: { title: 'Privacy', category: 'Fear', severity: 4 },
  S8: { title: 'Intellectual Property', category: 'Fear', severity: 2 },
  S9: { title: 'Indiscriminate Weapons', category: 'Violence', severity: 6 },
  S10: { title: 'Hate', category: 'Hate', severity: 6 },
  S11: { title: 'Suicide & Self-Harm', category: 'SelfHarm', severity: 6 },
  S12: { title: 'Sexual Content', category: 'Sexual', severity: 6 },
  S13: { title: 'Elections', category: 'Fear', severity: 2 },
  S14: { title: 'Code Interpreter Abuse', category: 'Fear', severity: 2 },
} as const satisfies Record<string, { title: string; category: ModerationCategory; severity: number }>;

export type LlamaGuardCode = keyof typeof llamaGuardCategories;

/** Scores for every Kiln category Llama Guard covers: 0 unless a listed hazard maps onto it. */
export function scoresFromCodes(codes: readonly LlamaGuardCode[]): CategoryScore[] {
  const scores = new Map<ModerationCategory, CategoryScore>();
  for (const { category } of Object.values(llamaGuardCategories)) scores.set(category, { category, severity: 0 });
  for (const code of codes) {
    const hazard = llamaGuardCategories[code];
    const current = scores.get(hazard.category)!;
    current.severity = Math.max(current.severity, hazard.severity);
    current.reasons = [...(current.reasons ?? []), `${code} ${hazard.title}`];
  }
  return [...scores.values()];
}
