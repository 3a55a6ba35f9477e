/** The language model that judged a story's idea before it was written (the server's `ideaCheck`). */
export interface IdeaCheck {
  /** `backend:model`, e.g. `ollama:llama3.2`. */
  model: string;
  /** `ollama`, `openai`, `llamacpp`, `gemini`. */
  backendType: string;
  passed: boolean;
}

const backendNames: Record<string, string> = { ollama: 'Ollama', openai: 'an OpenAI-compatible server', llamacpp: 'llama.cpp', gemini: 'Gemini' };

/** "Before writing, llama3.2 on Ollama was asked whether the idea suits a bedtime story, and said yes." */
export function describeIdeaCheck(check: IdeaCheck): string {
  const modelId = check.model.slice(check.model.indexOf(':') + 1);
  const where = backendNames[check.backendType] ?? check.backendType;
  return `Checked by ${modelId} on ${where}: before writing, it was asked whether the idea suits a bedtime story for this child, and said yes.`;
}
