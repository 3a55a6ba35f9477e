import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, ProviderFailedError, ProviderUnavailableError, UnsafeContentError } from '../engine/errors/index.ts';
import { createFallbackModel } from './fallback-model.ts';
import { halfSize, retryAtHalfSize } from './retry-at-half-size.ts';
import type { ImageGenerateOptions, ImageModel } from './spec/image.ts';
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

type Behaviour = (options: ImageGenerateOptions) => Error | undefined;

/** A fallback image list with the half-size retry over stand-in backends whose behaviour each test decides; it records every call and who served. */
function imageList(behaviours: Record<string, Behaviour>) {
  const calls: string[] = [];
  const served: { candidate: string; width: number }[] = [];
  const resolve = (candidate: string): ImageModel => ({
    provider: candidate.split(':')[0],
    modelId: candidate.split(':')[1],
    async generate(options) {
      calls.push(`${candidate}@${options.width}x${options.height}`);
      const error = behaviours[candidate](options);
      if (error) throw error;
      return { image: { data: new Uint8Array([1]), mediaType: 'image/png' }, warnings: [] };
    },
  });
  const model = createFallbackModel('image', Object.keys(behaviours), resolve,
    (candidate, _skipped, call) => served.push({ candidate, width: (call?.options as ImageGenerateOptions).width }), retryAtHalfSize);
  return { model, calls, served };
}

const request = { prompt: 'a fox', width: 1024, height: 576 };
const outOfMemory = () => new ProviderFailedError('CUDA out of memory');

describe('fallback image model with the half-size retry', () => {
  it('retries a backend that runs out of memory once at half the size, and says so', async () => {
    const { model, calls, served } = imageList({ 'comfy:sdxl': (options) => (options.width > 512 ? outOfMemory() : undefined) });
    const result = await model.generate(request);
    expect(calls).toEqual(['comfy:sdxl@1024x576', 'comfy:sdxl@512x288']);
    expect(served).toEqual([{ candidate: 'comfy:sdxl', width: 512 }]);
    expect(result.warnings[0].message).toMatch(/failed at 1024x576 \(CUDA out of memory\), so it drew at 512x288/);
  });

  it('falls back to the next backend when the lower settings fail too, recording which one served', async () => {
    const { model, calls, served } = imageList({ 'comfy:sdxl': outOfMemory, 'builtin:illustrator': () => undefined });
    const result = await model.generate(request);
    expect(calls).toEqual(['comfy:sdxl@1024x576', 'comfy:sdxl@512x288', 'builtin:illustrator@1024x576']);
    expect(served).toEqual([{ candidate: 'builtin:illustrator', width: 1024 }]);
    expect(result.warnings).toEqual([]);
  });

  it('skips a backend that is down without a second try', async () => {
    const { model, calls } = imageList({ 'a1111:sd15': () => new ProviderUnavailableError('connection refused'), 'builtin:illustrator': () => undefined });
    await model.generate(request);
    expect(calls).toEqual(['a1111:sd15@1024x576', 'builtin:illustrator@1024x576']);
  });

  it('names every backend it tried when none could draw', async () => {
    const { model } = imageList({ 'comfy:sdxl': outOfMemory, 'a1111:sd15': () => new ProviderUnavailableError('connection refused') });
    await expect(model.generate(request)).rejects.toMatchObject({
      code: 'all_providers_failed',
      message: expect.stringMatching(/comfy:sdxl \(CUDA out of memory\).*a1111:sd15 \(connection refused\)/),
    });
  });

  it('stops at once on unsafe content and on cancel', async () => {
    const unsafe = imageList({ 'comfy:sdxl': () => new UnsafeContentError('refused'), 'builtin:illustrator': () => undefined });
    await expect(unsafe.model.generate(request)).rejects.toBeInstanceOf(UnsafeContentError);
    expect(unsafe.calls).toHaveLength(1);

    const controller = new AbortController();
    const cancelled = imageList({ 'comfy:sdxl': () => (controller.abort(), outOfMemory()), 'builtin:illustrator': () => undefined });
    await expect(cancelled.model.generate({ ...request, abortSignal: controller.signal })).rejects.toBeInstanceOf(ProviderFailedError);
    expect(cancelled.calls).toHaveLength(1);
    await expect(cancelled.model.generate({ ...request, abortSignal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(cancelled.calls).toHaveLength(1);
  });

  it('halves sizes onto multiples of 8, never below 64 pixels', () => {
    expect(halfSize(960, 540)).toEqual({ width: 480, height: 272 });
    expect(halfSize(100, 64)).toEqual({ width: 64, height: 64 });
  });

  it('without the policy keeps the one rule: a failure that is not unavailable stops the list', async () => {
    const calls: string[] = [];
    const model = createFallbackModel('image', ['comfy:sdxl', 'builtin:illustrator'], (candidate): ImageModel => ({
      provider: 'stand-in', modelId: candidate,
      async generate() { calls.push(candidate); throw outOfMemory(); },
    }));
    await expect(model.generate(request)).rejects.toBeInstanceOf(ProviderFailedError);
    expect(calls).toEqual(['comfy:sdxl']);
  });
});
