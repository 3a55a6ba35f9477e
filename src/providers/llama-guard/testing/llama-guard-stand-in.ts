/**
 * A local stand-in for a server running Llama Guard 3, for contract tests only. It checks that requests
 * carry Llama Guard's own prompt (raw, with the hazard list and the answer format) and answers in its
 * format. Its verdict comes from a short word list, standing in for the model's judgement.
 */
import { startStandIn, type StandIn, type StandInRequest, type StandInResponse } from '../../testing/start-stand-in.ts';

const hazardWords: Array<[RegExp, string]> = [
  [/\b(murder|stab|kill)\w*/i, 'S1'],
  [/\b(bomb|nerve gas)\b/i, 'S9'],
  [/\bhate (them|you)\b/i, 'S10'],
];

export interface LlamaGuardStandInOptions {
  api: 'ollama' | 'openai';
  /** When set, requests must carry `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Answer with this text instead of a verdict (to test malformed answers). */
  answer?: string;
  delayMs?: number;
}

function verdictFor(prompt: string): string {
  const conversation = prompt.split('<BEGIN CONVERSATION>')[1]?.split('<END CONVERSATION>')[0] ?? '';
  const codes = hazardWords.filter(([pattern]) => pattern.test(conversation)).map(([, code]) => code);
  return codes.length ? `unsafe\n${codes.join(',')}` : 'safe';
}

function isLlamaGuardPrompt(prompt: unknown): prompt is string {
  return typeof prompt === 'string'
    && prompt.startsWith('<|begin_of_text|><|start_header_id|>user<|end_header_id|>')
    && prompt.includes('<BEGIN UNSAFE CONTENT CATEGORIES>\nS1: Violent Crimes.')
    && prompt.trimEnd().endsWith('<|start_header_id|>assistant<|end_header_id|>');
}

export function startLlamaGuardStandIn(options: LlamaGuardStandInOptions): Promise<StandIn> {
  return startStandIn(async (request: StandInRequest): Promise<StandInResponse> => {
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`) return { status: 401, body: { error: 'unauthorized' } };
    const generatePath = options.api === 'ollama' ? '/api/generate' : '/v1/completions';
    if (request.method === 'GET' && request.path === (options.api === 'ollama' ? '/api/tags' : '/v1/models')) {
      return { body: options.api === 'ollama' ? { models: [{ name: 'llama-guard3:1b' }] } : { data: [{ id: 'llama-guard3' }] } };
    }
    if (request.method !== 'POST' || request.path !== generatePath) return { status: 404, body: { error: `no route ${request.path}` } };
    const body = request.json();
    if (!body.model) return { status: 400, body: { error: 'model is required' } };
    if (options.api === 'ollama' && body.raw !== true) return { status: 400, body: { error: 'stand-in expects raw: true so the template is not applied twice' } };
    if (!isLlamaGuardPrompt(body.prompt)) return { status: 400, body: { error: 'not a Llama Guard 3 prompt' } };
    const text = options.answer ?? verdictFor(body.prompt);
    return { body: options.api === 'ollama' ? { model: body.model, response: text, done: true } : { choices: [{ index: 0, text, finish_reason: 'stop' }] } };
  });
}
