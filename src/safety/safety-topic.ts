import type { ModerationCategory } from '../providers/spec/index.ts';

/** What a refused request was about, finer than the five moderation categories, for the parent. */
export const safetyTopics = [
  'sexual', 'grooming', 'self-harm', 'suicide', 'substances', 'weapons', 'violence', 'abuse',
  'threats', 'hate', 'dangerous-instructions', 'personal-data', 'prompt-injection', 'frightening',
] as const;
export type SafetyTopic = (typeof safetyTopics)[number];

/** The moderation category each topic is scored under, so thresholds and services keep one scale. */
export const topicCategory: Record<SafetyTopic, ModerationCategory> = {
  sexual: 'Sexual', grooming: 'Sexual', 'self-harm': 'SelfHarm', suicide: 'SelfHarm', substances: 'SelfHarm',
  weapons: 'Violence', violence: 'Violence', abuse: 'Violence', threats: 'Fear', hate: 'Hate',
  'dangerous-instructions': 'Violence', 'personal-data': 'Fear', 'prompt-injection': 'Fear', frightening: 'Fear',
};

/** The topic a plain category score stands for, when only a weighted term (no topic rule) matched. */
export const categoryTopic: Record<ModerationCategory, SafetyTopic> = {
  Hate: 'hate', SelfHarm: 'self-harm', Sexual: 'sexual', Violence: 'violence', Fear: 'frightening',
};
