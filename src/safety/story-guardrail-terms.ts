import { moderationTerms } from '../providers/builtin/moderation-terms.ts';
import type { ModerationCategory } from '../providers/spec/index.ts';

/** Terms by harm category, each with a weight on the 0–7 severity scale (see moderation-terms.ts). */
export type GuardrailTerms = Record<ModerationCategory, Record<string, number>>;

/**
 * What a bedtime story for a child must not hold, beyond the general lists of the built-in `rules`
 * moderator: death, blood, monsters that hurt, being lost alone at night. Weights are chosen against
 * the child-mode thresholds in safety-policy.ts: a lone "monster" (2) passes, a monster that bites does not; so does a lone
 * vampire, zombie or werewolf, the friendly monsters of picture books (they were 3, and a parent who asked for a vampire
 * who drinks tomato juice got a story without one);
 * a pirate's sword (1) passes, a knife (3) does not. In an idea a knife is 3, not 4: strong words refuse an idea alone,
 * and a chef's knife chopping carrots is a story; a knife beside a child, a school or a hurt is refused by the
 * weapons topic rule, and any knife in the written story by the child threshold (Violence 1).
 * Operators extend these with a JSON file of the same shape (see load-guardrail-terms.ts).
 */
export const childStoryTerms: GuardrailTerms = {
  Hate: { stupid: 2, idiot: 2, ugly: 2, 'shut up': 2, loser: 2 },
  SelfHarm: { 'starve*': 3, 'hurt herself': 5, 'hurt himself': 5 },
  Sexual: { 'undress*': 3, 'make out': 4, lingerie: 4 },
  Violence: {
    'bite*': 3, bitten: 3, 'attack*': 4, 'hurt*': 3, 'wound*': 4, 'bleed*': 4, 'injur*': 4, smash: 3,
    'knife': 3, knives: 3, sword: 1, swords: 1, 'poison*': 4, 'strangl*': 6, 'drown*': 5,
    'eat you': 4, 'ate him': 5, 'ate her': 5, 'eaten': 4, war: 3, 'explod*': 3, 'destroy*': 3, 'beat up': 4,
  },
  Fear: {
    dead: 4, death: 4, 'die': 4, died: 4, dies: 4, dying: 4, 'funeral*': 4, 'grave': 3, 'graves': 3, 'coffin*': 4,
    'lost alone': 4, 'alone in the dark': 4, 'all alone at night': 4, 'abandon*': 4, 'never came back': 4,
    'never see': 3, 'trapped': 3, 'cage*': 2, 'witch*': 2, 'evil': 3, 'curse*': 2, 'darkness swallowed': 4,
    'shadow man': 4, 'stranger took': 5, 'panic*': 3, 'afraid': 1, 'frighten*': 2, 'trembl*': 1, 'cry*': 1,
    'sob*': 2, 'wail*': 2, 'howl*': 1, 'blood': 4, 'bloody': 4, 'vampire*': 2, 'werewol*': 2, 'claw*': 2,
    'fang*': 2, 'ghoul*': 4, 'spider*': 1, 'storm*': 1, 'thunder*': 1,
  },
};

/** Words that make a bedtime story less restful; each costs tone points (see check-bedtime-tone.ts). */
export const bedtimeToneTerms: Record<string, number> = {
  suddenly: 1, 'crash*': 1, 'bang*': 1, 'yell*': 1, 'shout*': 1, 'scream*': 2, 'run for': 2, chase: 1, chased: 1,
  hurry: 1, 'danger*': 2, 'alarm*': 1, 'explosion': 2, loud: 1, 'roar*': 1,
};

/** The built-in moderator's lists with the child-story lists on top; the heavier weight wins. */
export function mergeTerms(...lists: Partial<GuardrailTerms>[]): GuardrailTerms {
  const merged: GuardrailTerms = { Hate: {}, SelfHarm: {}, Sexual: {}, Violence: {}, Fear: {} };
  for (const list of [moderationTerms, ...lists]) {
    for (const [category, terms] of Object.entries(list) as [ModerationCategory, Record<string, number>][]) {
      for (const [term, weight] of Object.entries(terms ?? {})) {
        merged[category][term] = Math.max(weight, merged[category][term] ?? 0);
      }
    }
  }
  return merged;
}
