/**
 * Words for a `backend:model` a person reads: "llama3.2 on Ollama", or for the built-in models what
 * they are (procedural or rule-based), so nobody mistakes a built-in fallback for the AI they added.
 */

/** The built-in models, each with what it really is. */
export const builtinModelWords: Record<string, string> = {
  storyteller: 'built-in storyteller (rule-based, not AI)',
  illustrator: 'built-in illustrator (procedural, not AI)',
  narrator: 'built-in narrator (eSpeak speech synthesis, not AI)',
  filters: 'built-in filters (procedural image filters, not AI)',
  rules: 'built-in word rules (rule-based, not AI)',
  'ken-burns': 'built-in Ken Burns motion (procedural, not AI)',
};

/** Backend types by the name people know their servers by. */
export const backendTypeWords: Record<string, string> = {
  ollama: 'Ollama',
  openai: 'an OpenAI-compatible server',
  llamacpp: 'llama.cpp in Kiln',
  comfyui: 'ComfyUI',
  automatic1111: 'AUTOMATIC1111',
  'style-bert-vits2': 'Style-Bert-VITS2',
  gemini: 'Gemini',
  'llama-guard': 'Llama Guard',
  'azure-vision': 'Azure AI Vision',
  'azure-content-safety': 'Azure AI Content Safety',
};

/** Splits at the first colon, as the server does: model names may hold colons (`llama3.2:3b`). */
export function splitCandidate(candidate: string): { backend: string; model: string } {
  const colon = candidate.indexOf(':');
  return colon <= 0 ? { backend: candidate, model: '' } : { backend: candidate.slice(0, colon), model: candidate.slice(colon + 1) };
}

/** True for a model that runs Kiln's own procedural or rule-based code rather than a model server. */
export function isBuiltin(candidate: string, backendTypes: Record<string, string> = {}): boolean {
  const { backend } = splitCandidate(candidate);
  return (backendTypes[backend] ?? backend) === 'builtin';
}

/** "llama3.2 on Ollama"; "built-in storyteller (rule-based, not AI)"; the raw id when nothing better is known. */
export function describeModel(candidate: string, backendTypes: Record<string, string> = {}): string {
  const { backend, model } = splitCandidate(candidate);
  if (isBuiltin(candidate, backendTypes)) return builtinModelWords[model] ?? `built-in ${model} (not AI)`;
  const type = backendTypes[backend];
  const server = type ? (backendTypeWords[type] ?? type) : backend;
  return `${model || candidate} on ${server}`;
}
