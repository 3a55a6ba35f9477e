/** The thinking settings for one Gemini model and the output limit that leaves room for them. */
export interface GeminiThinking {
  /** Sent as `generationConfig.thinkingConfig`; absent for models that do not think. */
  thinkingConfig?: { thinkingBudget: number };
  /** `maxOutputTokens` to send for the caller's limit (thinking tokens count against it). */
  maxOutputTokens?: number;
}

/**
 * Gemini 2.5 models think before answering, and the thinking tokens count against
 * `maxOutputTokens`: a short limit is spent on thoughts and the answer comes back empty
 * (finishReason MAX_TOKENS). Flash and Flash-Lite can stop thinking (budget 0); Pro cannot, so it gets
 * the smallest budget it accepts (128) and the limit is raised by as much. Other models are left alone.
 */
export function geminiThinking(modelId: string, maxTokens: number | undefined): GeminiThinking {
  if (/^gemini-2\.5-flash/.test(modelId)) return { thinkingConfig: { thinkingBudget: 0 }, maxOutputTokens: maxTokens };
  if (/^gemini-2\.5-pro/.test(modelId)) {
    const budget = 128;
    return { thinkingConfig: { thinkingBudget: budget }, maxOutputTokens: maxTokens === undefined ? undefined : maxTokens + budget };
  }
  return { maxOutputTokens: maxTokens };
}
