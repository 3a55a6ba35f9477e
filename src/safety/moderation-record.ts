import type { CategoryScore } from '../providers/spec/index.ts';
import type { SafetyMode } from './safety-policy.ts';
import type { SafetyTopic } from './safety-topic.ts';

/** One layer's verdict on one piece of text or one picture. */
export interface ModerationLayerRecord {
  /** `prompt-check`, `local-guardrails`, `bedtime-tone`, `picture-classifier`, `moderation-service` or `illustration-brief`. */
  layer: 'prompt-check' | 'local-guardrails' | 'bedtime-tone' | 'picture-classifier' | 'moderation-service' | 'illustration-brief';
  /** The `backend:model` that scored it, for the service layer. */
  model?: string;
  /** Scores per category, on the 0–7 scale. */
  categories: CategoryScore[];
  passed: boolean;
  /** What the topic rules found (`violence`, `grooming`...), for the local guardrails layer. */
  topics?: SafetyTopic[];
  /** Extra reasons (tone problems). */
  reasons?: string[];
  /** Set when the service could not be reached; the local layers decided alone. */
  unavailable?: string;
}

/** What every story asset carries in its metadata under `moderation`. */
export interface ModerationRecord {
  mode: SafetyMode;
  layers: ModerationLayerRecord[];
  /** pass: first try passed; regenerated: a later try passed; fallback: replaced by a safe scene. */
  decision: 'pass' | 'regenerated' | 'fallback';
  /** Tries made before the decision (1 when the first passed). */
  attempts: number;
  /** True when no configured moderation service answered, so only the local layers checked it. */
  checkedLocallyOnly: boolean;
}

/** Joins the records of a story's parts: locally-only when any part was. */
export function isCheckedLocallyOnly(records: readonly Pick<ModerationRecord, 'checkedLocallyOnly'>[]): boolean {
  return records.some((record) => record.checkedLocallyOnly);
}
