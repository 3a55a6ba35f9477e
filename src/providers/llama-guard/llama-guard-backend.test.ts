import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moderationConformance } from '../conformance/moderation.conformance.ts';
import { closedPortURL } from '../testing/closed-port.ts';
import type { StandIn } from '../testing/start-stand-in.ts';
import { createLlamaGuardBackend } from './llama-guard-backend.ts';
import { llamaGuardPrompt } from './llama-guard-prompt.ts';
import { parseLlamaGuardVerdict } from './parse-llama-guard-verdict.ts';
import { startLlamaGuardStandIn } from './testing/llama-guard-stand-in.ts';

let ollama: StandIn;
let openai: StandIn;
let slow: StandIn;
let garbled: StandIn;
let closedURL: string;
const env = { GUARD_KEY: 'stand-in-key' };

beforeAll(async () => {
  ollama = await startLlamaGuardStandIn({ api: 'ollama' });
  openai = await startLlamaGuardStandIn({ api: 'openai', apiKey: env.GUARD_KEY });
  slow = await startLlamaGuardStandIn({ api: 'ollama', delayMs: 3000 });
  garbled = await startLlamaGuardStandIn({ api: 'ollama', answer: 'I think this is fine.' });
  closedURL = await closedPortURL();
});
afterAll(async () => {
  await Promise.all([ollama, openai, slow, garbled].map((standIn) => standIn.close()));
});

const onOllama = (baseURL = ollama.origin) => createLlamaGuardBackend({ name: 'guard', baseURL, api: 'ollama' });
const onOpenAI = () => createLlamaGuardBackend({ name: 'guard', baseURL: `${openai.origin}/v1`, api: 'openai', apiKeyEnv: 'GUARD_KEY', env });

moderationConformance('llama-guard backend on Ollama, contract test against local stand-in', {
  model: () => onOllama().model('moderation', 'llama-guard3:1b'),
  slow: () => onOllama(slow.origin).model('moderation', 'llama-guard3:1b'),
  unreachable: () => onOllama(closedURL).model('moderation', 'llama-guard3:1b'),
  provider: 'guard',
  modelId: 'llama-guard3:1b',
});

moderationConformance('llama-guard backend on an OpenAI-compatible server, contract test against local stand-in', {
  model: () => onOpenAI().model('moderation', 'llama-guard3'),
  unreachable: () => createLlamaGuardBackend({ name: 'guard', baseURL: `${closedURL}/v1`, api: 'openai' }).model('moderation', 'llama-guard3'),
  provider: 'guard',
  modelId: 'llama-guard3',
});

describe('llama-guard backend, contract test against local stand-in: prompt and answers', () => {
  it('sends Llama Guard 3\'s own prompt raw to Ollama, judging the text as the last Agent turn', async () => {
    await onOllama().model('moderation', 'llama-guard3:1b').moderate({ text: 'The fox found its way home.' });
    const body = ollama.requests.at(-1)!.json();
    expect(body).toMatchObject({ model: 'llama-guard3:1b', raw: true, stream: false });
    expect(body.prompt).toContain("Agent: The fox found its way home.\n\n<END CONVERSATION>");
    expect(body.prompt).toContain('for ONLY THE LAST Agent message');
  });

  it('names the hazards Llama Guard lists, mapped onto Kiln categories', async () => {
    const result = await onOpenAI().model('moderation', 'llama-guard3').moderate({ text: 'They built a bomb to kill everyone.' });
    const violence = result.categories.find((score) => score.category === 'Violence');
    expect(violence).toEqual({ category: 'Violence', severity: 6, reasons: ['S1 Violent Crimes', 'S9 Indiscriminate Weapons'] });
    expect(openai.requests.at(-1)!.headers.authorization).toBe('Bearer stand-in-key');
  });

  it('refuses an answer that is not a verdict instead of reading it as safe', async () => {
    await expect(onOllama(garbled.origin).model('moderation', 'x').moderate({ text: 'hello' })).rejects.toMatchObject({ code: 'invalid_output' });
  });

  it('reports health from the server\'s model list', async () => {
    expect((await onOllama().health(AbortSignal.timeout(5000))).state).toBe('ready');
    expect((await onOllama(closedURL).health(AbortSignal.timeout(5000))).state).toBe('unavailable');
  });
});

describe('parseLlamaGuardVerdict', () => {
  it('reads safe, unsafe with hazards, and unsafe with none', () => {
    expect(parseLlamaGuardVerdict(' safe\n', 'm')).toEqual({ safe: true, codes: [] });
    expect(parseLlamaGuardVerdict('unsafe\nS4, S12', 'm')).toEqual({ safe: false, codes: ['S4', 'S12'] });
    expect(parseLlamaGuardVerdict('unsafe', 'm')).toEqual({ safe: false, codes: [] });
  });

  it('keeps a bare unsafe failing every mode', async () => {
    const bare = await startLlamaGuardStandIn({ api: 'ollama', answer: 'unsafe' });
    try {
      const result = await onOllama(bare.origin).model('moderation', 'x').moderate({ text: 'hello' });
      expect(result.categories.every((score) => score.severity === 6)).toBe(true);
    } finally {
      await bare.close();
    }
  });

  it('builds the prompt with every hazard category and a User role when asked', () => {
    const prompt = llamaGuardPrompt('a story please', 'User');
    expect(prompt).toContain('S14: Code Interpreter Abuse.\n<END UNSAFE CONTENT CATEGORIES>');
    expect(prompt).toContain('User: a story please');
  });
});
