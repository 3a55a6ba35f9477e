import { describe, expect, it } from 'vitest';
import { InvalidOutputError, ProviderFailedError, ProviderUnavailableError, ProviderUnsupportedError } from '../engine/errors/index.ts';
import type { Backend, BackendStatus } from './backend.ts';
import { createBuiltinBackend } from './builtin/builtin-backend.ts';
import { createBuiltinModelCatalog } from './builtin/builtin-models.ts';
import { createOpenAIBackend } from './openai/openai-backend.ts';
import { createRegistry } from './registry.ts';
import type { Capability, ModelByCapability, TextGenerateOptions } from './spec/index.ts';
import { closedPortURL } from './testing/closed-port.ts';

/** A backend whose text model runs `answer`, counting calls. */
function fakeBackend(name: string, answer: (options: TextGenerateOptions) => Promise<string>, health?: () => Promise<BackendStatus>) {
  const calls: string[] = [];
  const backend: Backend = {
    name,
    type: 'fake',
    capabilities: ['text'],
    model<C extends Capability>(_capability: C, modelId: string) {
      return {
        provider: name,
        modelId,
        async generate(options: TextGenerateOptions) {
          calls.push(modelId);
          return { text: await answer(options), warnings: [] };
        },
      } as unknown as ModelByCapability[C];
    },
    health: health ?? (async () => ({ state: 'ready', device: 'cpu' })),
  };
  return { backend, calls };
}

const fail = (error: Error) => async (): Promise<string> => {
  throw error;
};

describe('provider registry: fallback', () => {
  it('moves past unavailable and unsupported backends and reports who served and who was skipped', async () => {
    const down = fakeBackend('ollama', fail(new ProviderUnavailableError('ollama could not be reached')));
    const lacking = fakeBackend('lmstudio', fail(new ProviderUnsupportedError('lmstudio cannot do schemas')));
    const working = fakeBackend('builtin', async (options) => `echo ${options.prompt}`);
    const registry = createRegistry({
      backends: [down.backend, lacking.backend, working.backend],
      capabilities: { text: ['ollama:llama3.2', 'lmstudio:qwen', 'builtin:storyteller'] },
    });
    const served: unknown[] = [];
    const model = registry.model('text', { onServed: (candidate, skipped) => served.push({ candidate, skipped }) });
    expect(model.candidates).toEqual(['ollama:llama3.2', 'lmstudio:qwen', 'builtin:storyteller']);
    expect((await model.generate({ prompt: 'hi' })).text).toBe('echo hi');
    expect(served).toEqual([
      {
        candidate: 'builtin:storyteller',
        skipped: [
          { candidate: 'ollama:llama3.2', reason: 'ollama could not be reached' },
          { candidate: 'lmstudio:qwen', reason: 'lmstudio cannot do schemas' },
        ],
      },
    ]);
  });

  it.each([
    ['provider_failed', new ProviderFailedError('ollama answered HTTP 500')],
    ['invalid_output', new InvalidOutputError('not JSON')],
    ['a plain error', new Error('bug')],
  ])('stops at %s without trying the next backend', async (_name, error) => {
    const broken = fakeBackend('ollama', fail(error));
    const next = fakeBackend('builtin', async () => 'fallback');
    const registry = createRegistry({ backends: [broken.backend, next.backend], capabilities: { text: ['ollama:a', 'builtin:b'] } });
    await expect(registry.model('text').generate({ prompt: 'x' })).rejects.toBe(error);
    expect(next.calls).toEqual([]);
  });

  it('does not move on when the call was aborted', async () => {
    const controller = new AbortController();
    const cancelled = fakeBackend('ollama', async () => {
      controller.abort();
      throw new ProviderUnavailableError('connection closed');
    });
    const next = fakeBackend('builtin', async () => 'fallback');
    const registry = createRegistry({ backends: [cancelled.backend, next.backend], capabilities: { text: ['ollama:a', 'builtin:b'] } });
    await expect(registry.model('text').generate({ prompt: 'x', abortSignal: controller.signal })).rejects.toMatchObject({ code: 'provider_unavailable' });
    expect(next.calls).toEqual([]);
  });

  it('fails with every backend tried and why, in the message and in details.attempts', async () => {
    const down = fakeBackend('ollama', fail(new ProviderUnavailableError('ollama could not be reached at http://127.0.0.1:11434 (ECONNREFUSED).')));
    const registry = createRegistry({
      // A catalog without the studios' models: the built-in backend then has no text model to fall back on.
      backends: [down.backend, createBuiltinBackend({ catalog: createBuiltinModelCatalog() })],
      capabilities: { text: ['ollama:llama3.2', 'builtin:storyteller', 'openai:gpt'] },
    });
    const error = await registry.model('text').generate({ prompt: 'x' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'all_providers_failed', name: 'AllProvidersFailedError' });
    const { message, details } = error as { message: string; details: { attempts: unknown[] } };
    expect(message).toBe(
      'No backend could serve text. Tried ollama:llama3.2 (ollama could not be reached at http://127.0.0.1:11434 (ECONNREFUSED)); ' +
        'builtin:storyteller (builtin has no text model named storyteller (it has no text models)); ' +
        'openai:gpt (No backend named openai is configured).',
    );
    expect(details.attempts).toEqual([
      { candidate: 'ollama:llama3.2', code: 'provider_unavailable', reason: expect.any(String) },
      { candidate: 'builtin:storyteller', code: 'provider_unsupported', reason: expect.any(String) },
      { candidate: 'openai:gpt', code: 'provider_unavailable', reason: 'No backend named openai is configured.' },
    ]);
  });

  it('says how to configure a capability that has no list', async () => {
    const registry = createRegistry({ backends: [], capabilities: {} });
    await expect(registry.model('speech').speak({ text: 'x' })).rejects.toThrow(/capabilities\.speech or KILN_SPEECH/);
  });

  it('gives one model by id, refusing a backend that does not serve the capability', async () => {
    const registry = createRegistry({ backends: [createBuiltinBackend()], capabilities: { moderation: ['builtin:rules'] } });
    expect(registry.modelById('moderation', 'builtin:rules')).toMatchObject({ provider: 'builtin', modelId: 'rules' });
    expect(() => registry.modelById('speech', 'builtin:rules')).toThrow(/builtin has no speech model named rules/);
    expect(registry.candidates('moderation')).toEqual(['builtin:rules']);
  });

  it('offers the moderation inputs its candidates check, and moderates through the list', async () => {
    const registry = createRegistry({ backends: [createBuiltinBackend()], capabilities: { moderation: ['nowhere:x', 'builtin:rules'] } });
    const model = registry.model('moderation');
    expect(model.inputs).toEqual(['text']);
    const result = await model.moderate({ text: 'a ghost' });
    expect(result.categories.find((score) => score.category === 'Fear')?.severity).toBe(1);
  });
});

describe('provider registry: health', () => {
  it('reports each backend with its state, device and configured models; an unreachable server is unavailable with a reason', async () => {
    const closed = await closedPortURL();
    const registry = createRegistry({
      // A fresh catalog holds only the rules moderator: a listed model nobody installed is not reported as served.
      backends: [createBuiltinBackend({ catalog: createBuiltinModelCatalog() }), createOpenAIBackend({ name: 'vllm', baseURL: `${closed}/v1` })],
      capabilities: { moderation: ['builtin:rules'], text: ['vllm:qwen', 'builtin:storyteller'] },
    });
    const [builtin, vllm] = await registry.health();
    expect(builtin).toEqual({ name: 'builtin', type: 'builtin', state: 'ready', device: 'cpu', serves: { moderation: ['rules'] } });
    expect(vllm).toMatchObject({ name: 'vllm', type: 'openai', state: 'unavailable', device: 'remote', serves: { text: ['qwen'] } });
    expect(vllm.reason).toMatch(/could not be reached at http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it('checks backends in parallel and gives up on one that does not answer in time', async () => {
    // Each of the two answers only once both have been asked: checked one after the other, the first would wait for the
    // second until its time ran out. No elapsed time is measured, so a busy machine cannot fail this.
    let asked = 0;
    let bothAsked!: () => void;
    const both = new Promise<void>((resolve) => { bothAsked = resolve; });
    const answerOnceBothAsked = async (): Promise<BackendStatus> => {
      asked += 1;
      if (asked === 2) bothAsked();
      await both;
      return { state: 'ready', device: 'cpu' };
    };
    const slowReady = fakeBackend('slow', async () => '', answerOnceBothAsked);
    const alsoSlow = fakeBackend('also-slow', async () => '', answerOnceBothAsked);
    // Ignores its signal entirely: the registry must not wait for it (returning at all shows it did not).
    const hung = fakeBackend('hung', async () => '', () => new Promise<BackendStatus>(() => {}));
    const registry = createRegistry({ backends: [slowReady.backend, alsoSlow.backend, hung.backend], capabilities: {}, healthTimeoutMs: 2000 });
    const health = await registry.health();
    expect(health.map((entry) => entry.state)).toEqual(['ready', 'ready', 'unavailable']);
    expect(health[2].reason).toBe('did not answer its health check within 2 s');
  });

  it('closes every backend', async () => {
    const closed: string[] = [];
    const backend = { ...createBuiltinBackend(), close: async () => void closed.push('builtin') };
    await createRegistry({ backends: [backend], capabilities: {} }).close();
    expect(closed).toEqual(['builtin']);
  });
});
