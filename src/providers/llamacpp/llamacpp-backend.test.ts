import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../backend.ts';
import { expectAbortedInFlight } from '../conformance/conformance-setup.ts';
import { textConformance } from '../conformance/text.conformance.ts';
import { createLlamaCppBackend } from './llamacpp-backend.ts';
import { writeTinyGguf } from './testing/tiny-gguf.ts';

let folder: string;
let backend: Backend;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'kiln-llamacpp-'));
  const modelPath = await writeTinyGguf(join(folder, 'tiny.gguf'), { contextLength: 512 });
  // The CPU build, so tests behave the same with and without a GPU; one thread, because the test
  // runner runs two files at once and CI has two cores.
  backend = createLlamaCppBackend({ modelPath, gpu: false, contextSize: 512, threads: 1 });
});
afterAll(async () => {
  await backend.close?.();
  await rm(folder, { recursive: true, force: true });
});

const missing = () => createLlamaCppBackend({ modelPath: join(tmpdir(), 'kiln-no-such-model.gguf'), gpu: false });

textConformance('llamacpp backend on a tiny random GGUF, real node-llama-cpp', {
  model: () => backend.model('text', 'tiny'),
  unreachable: () => missing().model('text', 'tiny'),
  provider: 'llamacpp',
  modelId: 'tiny',
});

describe('llamacpp backend', () => {
  it('samples greedily at temperature 0: the same prompt gives the same text', async () => {
    const model = backend.model('text', 'tiny');
    const first = await model.generate({ prompt: 'the fox', maxTokens: 6, temperature: 0 });
    const second = await model.generate({ prompt: 'the fox', maxTokens: 6, temperature: 0 });
    expect(second.text).toBe(first.text);
    expect(first.usage?.outputTokens).toBeLessThanOrEqual(6);
    expect(first.usage?.inputTokens).toBeGreaterThan(0);
  });

  it('stops generating when aborted mid-way', async () => {
    // Greedy decoding of this prompt runs the full 300 tokens (about half a second), never an early end.
    await expectAbortedInFlight((signal) => backend.model('text', 'tiny').generate({ prompt: 'the fox', maxTokens: 300, temperature: 0, abortSignal: signal }));
  });

  it('serves calls made at the same time one after the other on its single sequence', async () => {
    const model = backend.model('text', 'tiny');
    const results = await Promise.all([1, 2, 3].map((seed) => model.generate({ prompt: 'once', maxTokens: 4, seed })));
    expect(results).toHaveLength(3);
  });

  it('is ready on the CPU when the file is there, without loading the weights for it', async () => {
    const fresh = createLlamaCppBackend({ modelPath: join(folder, 'tiny.gguf'), gpu: false });
    expect(await fresh.health(AbortSignal.timeout(5000))).toEqual({ state: 'ready', device: 'cpu' });
    await fresh.close?.();
  });

  it('is unavailable, naming the file, when the model file is missing', async () => {
    const health = await missing().health(AbortSignal.timeout(2000));
    expect(health).toMatchObject({ state: 'unavailable', reason: expect.stringMatching(/kiln-no-such-model\.gguf does not exist/) });
  });

  it('is unavailable with the reason when node-llama-cpp cannot be imported', async () => {
    const withoutPackage = createLlamaCppBackend({
      modelPath: join(folder, 'tiny.gguf'),
      importLlama: () => Promise.reject(new Error("Cannot find package 'node-llama-cpp'")),
    });
    await expect(withoutPackage.model('text', 'tiny').generate({ prompt: 'x' })).rejects.toMatchObject({
      code: 'provider_unavailable',
      message: /node-llama-cpp could not be loaded \(Cannot find package 'node-llama-cpp'\)/,
    });
    expect((await withoutPackage.health(AbortSignal.timeout(2000))).state).toBe('unavailable');
  });

  it('is unavailable when the file is not a model', async () => {
    const { writeFile } = await import('node:fs/promises');
    const notModel = join(folder, 'notes.gguf');
    await writeFile(notModel, 'not a model');
    const broken = createLlamaCppBackend({ modelPath: notModel, gpu: false });
    await expect(broken.model('text', 'x').generate({ prompt: 'x' })).rejects.toMatchObject({ code: 'provider_unavailable', message: /notes\.gguf could not be loaded/ });
    await broken.close?.();
  });

  it('serves text only', () => {
    expect(() => backend.model('image', 'tiny')).toThrow(expect.objectContaining({ code: 'provider_unsupported' }));
  });
});
