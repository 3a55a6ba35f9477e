// Story safety in layers: the prompt check, local guardrails and tone, moderation services, and the policy.
export { checkPrompt, promptLimits, type PromptCheck, type PromptRefusalKind } from './check-prompt.ts';
export { checkBedtimeTone, type ToneReport } from './check-bedtime-tone.ts';
export { loadGuardrailTerms, loadSafetyMatcher } from './load-guardrail-terms.ts';
export { moderateImage, moderateText, type ContentModeration, type ModerateOptions } from './moderate-content.ts';
export { isCheckedLocallyOnly, type ModerationLayerRecord, type ModerationRecord } from './moderation-record.ts';
export { describeFailures, failingCategories, severityThresholds, type SafetyMode } from './safety-policy.ts';
export { childStoryTerms, mergeTerms, type GuardrailTerms } from './story-guardrail-terms.ts';
export { TermMatcher, foldText } from './term-matcher.ts';
export { SafetyMatcher, type SafetyScan } from './safety-matcher.ts';
export { TopicRuleMatcher, type TopicHit } from './topic-rule-matcher.ts';
export { normalizeForMatching } from './normalize-for-matching.ts';
export { refusalHelp, topicLabels, type RefusalHelp } from './refusal-help.ts';
export { checkIdeaPart, type IdeaPartCheck } from './check-idea-part.ts';
export { safetyTopics, topicCategory, type SafetyTopic } from './safety-topic.ts';
