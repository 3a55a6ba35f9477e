/** The words for the language model that judged a story idea, shared by the refusal, the CLI and the story page. */

const backendNames: Record<string, string> = { ollama: 'Ollama', openai: 'an OpenAI-compatible server', llamacpp: 'llama.cpp', gemini: 'Gemini' };

/** "llama3.2 on Ollama": the model that judged an idea (`backend:model` and its backend's type), in words a parent reads. */
export function describeIdeaChecker(record: { model: string; backendType: string }): string {
  const modelId = record.model.slice(record.model.indexOf(':') + 1);
  return `${modelId} on ${backendNames[record.backendType] ?? record.backendType}`;
}
