import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFallbackModel } from './fallback-model.ts';
import { createOpenAIBackend } from './openai/openai-backend.ts';
import { startOpenAIStandIn, type OpenAIStandIn } from './openai/testing/openai-stand-in.ts';
import type { TextModel, TextStreamPart } from './spec/index.ts';

let standIn: OpenAIStandIn;
beforeAll(async () => {
  standIn = await startOpenAIStandIn();
});
afterAll(() => standIn.close());

/** A fallback text list over the stand-in's models (contract test against a local stand-in). */
function fallback(models: string[], served: string[] = []) {
  const backend = createOpenAIBackend({ name: 'local', baseURL: standIn.baseURL });
  return createFallbackModel('text', models.map((model) => `local:${model}`), (candidate) => backend.model('text', candidate.split(':')[1]) as TextModel,
    (candidate, skipped) => served.push(`${candidate} after ${skipped.map((item) => item.candidate).join(',') || 'none'}`));
}

async function collect(model: TextModel, prompt: string): Promise<TextStreamPart[]> {
  const parts: TextStreamPart[] = [];
  for await (const part of model.stream!({ prompt })) parts.push(part);
  return parts;
}

describe('fallback text model streaming (contract test against local stand-in)', () => {
  it('moves to the next backend when one fails before its first token, and records who served', async () => {
    const served: string[] = [];
    const parts = await collect(fallback(['loading', 'chat'], served), 'hello there');
    expect(parts.at(-1)).toMatchObject({ type: 'finish', text: 'You said: hello there' });
    expect(served).toEqual(['local:chat after local:loading']);
  });

  it('ends with an error part, without trying the next backend, when one fails after its first token', async () => {
    const before = standIn.requests.length;
    const parts = await collect(fallback(['dying', 'chat']), 'a b c d');
    expect(parts.map((part) => part.type)).toEqual(['text-delta', 'text-delta', 'error']);
    expect(parts.at(-1)).toMatchObject({ error: { code: 'provider_unavailable' } });
    expect(standIn.requests.length - before).toBe(1);
  });

  it('streams a backend without streaming as one delta (generate whole)', async () => {
    const whole: TextModel = { provider: 'plain', modelId: 'whole', generate: async () => ({ text: 'all at once', warnings: [] }) };
    const model = createFallbackModel('text', ['plain:whole'], () => whole);
    expect(await collect(model, 'hi')).toEqual([{ type: 'text-delta', text: 'all at once' }, { type: 'finish', text: 'all at once', warnings: [] }]);
  });

  it('does not wander down the list when the call was aborted', async () => {
    const parts = async () => {
      for await (const part of fallback(['loading', 'chat']).stream!({ prompt: 'hi', abortSignal: AbortSignal.abort() })) void part;
    };
    await expect(parts()).rejects.toMatchObject({ name: 'AbortError' });
  });
});
