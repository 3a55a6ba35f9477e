import { describe, expect, it } from 'vitest';
import { CancelledError, ProviderFailedError, ProviderUnavailableError, UnsafeContentError } from '../../engine/errors/index.ts';
import type { ProviderWarning } from '../../providers/spec/common.ts';
import type { ImageGenerateOptions, ImageModel } from '../../providers/spec/image.ts';
import type { ProviderRegistry } from '../../runtime/contracts.ts';
import { generateImageWithFallback, lowerSettings } from './generate-image-with-fallback.ts';

type Behaviour = (options: ImageGenerateOptions) => Error | undefined;

/** A registry of stand-in image backends whose behaviour each test decides; it records every call. */
function registryOf(behaviours: Record<string, Behaviour>) {
  const calls: string[] = [];
  const registry = {
    candidates: () => Object.keys(behaviours),
    modelById: (_capability: string, candidate: string): ImageModel => ({
      provider: candidate.split(':')[0],
      modelId: candidate.split(':')[1],
      async generate(options) {
        calls.push(`${candidate}@${options.width}x${options.height}`);
        const error = behaviours[candidate](options);
        if (error) throw error;
        return { image: { data: new Uint8Array([1]), mediaType: 'image/png' }, warnings: [] };
      },
    }),
  } as unknown as ProviderRegistry;
  return { registry, calls };
}

function hooks() {
  const served: string[] = [];
  const warnings: ProviderWarning[] = [];
  return { served, warnings, servedBy: (candidate: string) => served.push(candidate), warn: (warning: ProviderWarning) => warnings.push(warning) };
}

const request = { prompt: 'a fox', width: 1024, height: 576 };
const outOfMemory = () => new ProviderFailedError('CUDA out of memory');

describe('generateImageWithFallback', () => {
  it('retries a backend that runs out of memory once at half the size, and says so', async () => {
    const { registry, calls } = registryOf({ 'comfy:sdxl': (options) => (options.width > 512 ? outOfMemory() : undefined) });
    const heard = hooks();
    const generated = await generateImageWithFallback(registry, request, heard);
    expect(calls).toEqual(['comfy:sdxl@1024x576', 'comfy:sdxl@512x288']);
    expect(generated).toMatchObject({ servedBy: 'comfy:sdxl', width: 512, height: 288 });
    expect(heard.served).toEqual(['comfy:sdxl']);
    expect(heard.warnings[0].message).toMatch(/failed at 1024x576 \(CUDA out of memory\), so it drew at 512x288/);
  });

  it('falls back to the next backend when the lower settings fail too, recording which one served', async () => {
    const { registry, calls } = registryOf({ 'comfy:sdxl': outOfMemory, 'builtin:illustrator': () => undefined });
    const heard = hooks();
    const generated = await generateImageWithFallback(registry, request, heard);
    expect(calls).toEqual(['comfy:sdxl@1024x576', 'comfy:sdxl@512x288', 'builtin:illustrator@1024x576']);
    expect(generated.servedBy).toBe('builtin:illustrator');
    expect(heard.served).toEqual(['builtin:illustrator']);
  });

  it('skips a backend that is down without a second try', async () => {
    const { registry, calls } = registryOf({ 'a1111:sd15': () => new ProviderUnavailableError('connection refused'), 'builtin:illustrator': () => undefined });
    await generateImageWithFallback(registry, request, hooks());
    expect(calls).toEqual(['a1111:sd15@1024x576', 'builtin:illustrator@1024x576']);
  });

  it('names every backend it tried when none could draw', async () => {
    const { registry } = registryOf({ 'comfy:sdxl': outOfMemory, 'a1111:sd15': () => new ProviderUnavailableError('connection refused') });
    await expect(generateImageWithFallback(registry, request, hooks())).rejects.toMatchObject({
      code: 'all_providers_failed',
      message: expect.stringMatching(/comfy:sdxl \(CUDA out of memory\).*a1111:sd15 \(connection refused\)/),
    });
  });

  it('stops at once on unsafe content and on cancel', async () => {
    const unsafe = registryOf({ 'comfy:sdxl': () => new UnsafeContentError('refused'), 'builtin:illustrator': () => undefined });
    await expect(generateImageWithFallback(unsafe.registry, request, hooks())).rejects.toBeInstanceOf(UnsafeContentError);
    expect(unsafe.calls).toHaveLength(1);

    const controller = new AbortController();
    const cancelled = registryOf({ 'comfy:sdxl': () => (controller.abort(), outOfMemory()), 'builtin:illustrator': () => undefined });
    await expect(generateImageWithFallback(cancelled.registry, { ...request, abortSignal: controller.signal }, hooks())).rejects.toBeInstanceOf(ProviderFailedError);
    expect(cancelled.calls).toHaveLength(1);
    await expect(generateImageWithFallback(cancelled.registry, { ...request, abortSignal: controller.signal }, hooks())).rejects.toBeInstanceOf(CancelledError);
  });

  it('halves sizes onto multiples of 8, never below 64 pixels', () => {
    expect(lowerSettings(960, 540)).toEqual({ width: 480, height: 272 });
    expect(lowerSettings(100, 64)).toEqual({ width: 64, height: 64 });
  });
});
