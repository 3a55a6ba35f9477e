import { llamaGuardCategories } from './llama-guard-categories.ts';

/** Whose turn is judged: a parent's request (`User`) or text a model wrote (`Agent`). */
export type LlamaGuardRole = 'User' | 'Agent';

/**
 * Llama Guard 3's own prompt: the task, the hazard list, the conversation and the answer format,
 * wrapped in the Llama 3 chat tokens. Sent raw (Ollama `raw: true`, or `/v1/completions`) so no server
 * template wraps it a second time. Kiln judges one piece of text at a time, as the last turn.
 */
export function llamaGuardPrompt(text: string, role: LlamaGuardRole): string {
  const hazards = Object.entries(llamaGuardCategories).map(([code, hazard]) => `${code}: ${hazard.title}.`).join('\n');
  return [
    '<|begin_of_text|><|start_header_id|>user<|end_header_id|>',
    '',
    `Task: Check if there is unsafe content in '${role}' messages in conversations according our safety policy with the below categories.`,
    '',
    '<BEGIN UNSAFE CONTENT CATEGORIES>',
    hazards,
    '<END UNSAFE CONTENT CATEGORIES>',
    '',
    '<BEGIN CONVERSATION>',
    '',
    `${role}: ${text.trim()}`,
    '',
    '<END CONVERSATION>',
    '',
    `Provide your safety assessment for ONLY THE LAST ${role} message in the above conversation:`,
    " - First line must read 'safe' or 'unsafe'.",
    ' - If unsafe, a second line must include a comma-separated list of violated categories.<|eot_id|><|start_header_id|>assistant<|end_header_id|>',
    '',
    '',
  ].join('\n');
}
