import { describe, expect, it } from 'vitest';
import { moderationConformance } from '../conformance/moderation.conformance.ts';
import type { TextModel } from '../spec/index.ts';
import { createBuiltinBackend } from './builtin-backend.ts';
import { createBuiltinModelCatalog } from './builtin-models.ts';

moderationConformance('builtin:rules', {
  model: () => createBuiltinBackend().model('moderation', 'rules'),
  provider: 'builtin',
  modelId: 'rules',
});

describe('builtin backend', () => {
  it('serves models registered after it was made, under its configured name', async () => {
    const catalog = createBuiltinModelCatalog();
    const backend = createBuiltinBackend({ name: 'offline', catalog });
    expect(backend.capabilities).toEqual(['moderation']);
    catalog.register('text', 'echo', (identity): TextModel => ({
      ...identity,
      generate: async (options) => ({ text: options.prompt, warnings: [] }),
    }));
    expect(backend.capabilities).toEqual(['moderation', 'text']);
    const model = backend.model('text', 'echo');
    expect(model).toMatchObject({ provider: 'offline', modelId: 'echo' });
    expect((await model.generate({ prompt: 'hi' })).text).toBe('hi');
  });

  it('answers an unknown model as unsupported, naming the models it has', () => {
    const backend = createBuiltinBackend({ catalog: createBuiltinModelCatalog() });
    expect(() => backend.model('moderation', 'strict')).toThrow(/no moderation model named strict \(it has: rules\)/);
    expect(() => backend.model('text', 'storyteller')).toThrow(expect.objectContaining({ code: 'provider_unsupported' }));
  });

  it('refuses a second model under the same name', () => {
    const catalog = createBuiltinModelCatalog();
    expect(() => catalog.register('moderation', 'rules', () => createBuiltinBackend().model('moderation', 'rules'))).toThrow(/already registered/);
  });

  it('is always ready, on the CPU', async () => {
    expect(await createBuiltinBackend().health(AbortSignal.timeout(1000))).toEqual({ state: 'ready', device: 'cpu' });
  });
});
