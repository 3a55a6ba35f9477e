import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, type KilnConfig } from '../config/index.ts';
import { createProviderRegistry } from './index.ts';
import { startOpenAIStandIn, type OpenAIStandIn } from './openai/testing/openai-stand-in.ts';
import { closedPortURL } from './testing/closed-port.ts';

let standIn: OpenAIStandIn;
let closedURL: string;
beforeAll(async () => {
  standIn = await startOpenAIStandIn({ apiKey: 'sk-local' });
  closedURL = await closedPortURL();
});
afterAll(() => standIn.close());

function config(): KilnConfig {
  const base = { ...defaultConfig(), dataDir: '/tmp/kiln' };
  base.backends = {
    ...base.backends,
    kokoro: { type: 'openai', baseURL: standIn.baseURL, apiKeyEnv: 'KOKORO_KEY' },
    ollama: { type: 'ollama', baseURL: closedURL },
    local: { type: 'llamacpp', modelPath: '/nowhere/model.gguf', gpu: false },
    comfy: { type: 'deforum', url: 'http://127.0.0.1:8188' },
  };
  base.capabilities.text = ['comfy:x', 'kokoro:chat'];
  return base;
}

describe('createProviderRegistry, contract test against local stand-in', () => {
  it('makes each backend from its config entry, with the injected fetch and environment', async () => {
    const seen: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    const registry = createProviderRegistry(config(), { fetch: recordingFetch, env: { KOKORO_KEY: 'sk-local' } });
    const served: string[] = [];
    const result = await registry.model('text', { onServed: (candidate) => served.push(candidate) }).generate({ prompt: 'hi' });
    expect(result.text).toBe('You said: hi');
    expect(served).toEqual(['kokoro:chat']);
    expect(seen).toEqual([`${standIn.baseURL}/chat/completions`]);
    await registry.close();
  });

  it('reports every backend in health, a type no factory knows as unavailable with the reason', async () => {
    const registry = createProviderRegistry(config(), { env: { KOKORO_KEY: 'sk-local' } });
    const health = await registry.health();
    const byName = Object.fromEntries(health.map((entry) => [entry.name, entry]));
    expect(Object.keys(byName)).toEqual(['builtin', 'kokoro', 'ollama', 'local', 'comfy']);
    expect(byName.builtin.state).toBe('ready');
    expect(byName.kokoro).toMatchObject({ type: 'openai', state: 'ready', serves: { text: ['chat'] } });
    expect(byName.ollama.state).toBe('unavailable');
    expect(byName.local).toMatchObject({ type: 'llamacpp', state: 'unavailable', reason: expect.stringMatching(/model\.gguf does not exist/) });
    expect(byName.comfy).toMatchObject({ type: 'deforum', state: 'unavailable', reason: expect.stringMatching(/type deforum, which this Kiln does not know/) });
    await registry.close();
  });

  it('lets a plugin add a backend type', () => {
    const registry = createProviderRegistry(config(), {
      factories: {
        deforum: (settings) => ({
          name: String(settings.name),
          type: 'deforum',
          capabilities: [],
          model: () => {
            throw new Error('none');
          },
          health: async () => ({ state: 'ready', device: 'cuda' }),
        }),
      },
    });
    return expect(registry.health()).resolves.toContainEqual(expect.objectContaining({ name: 'comfy', state: 'ready', device: 'cuda' }));
  });
});
