import { describe, expect, it } from 'vitest';
import { MemoryStepCache } from './memory-step-cache.ts';

describe('MemoryStepCache', () => {
  it('returns what was stored under a key and nothing for other keys', async () => {
    const cache = new MemoryStepCache();
    await cache.set('key-1', { ownerId: 'user-1', stepId: 'test.step', output: { count: 2 }, assetIds: ['asset-1'] });
    expect(await cache.get('key-1')).toEqual({ output: { count: 2 }, assetIds: ['asset-1'] });
    expect(await cache.get('key-2')).toBeUndefined();
    expect(cache.size).toBe(1);
  });

  it('keeps stored entries apart from the objects handed in and out', async () => {
    const cache = new MemoryStepCache();
    const output = { scenes: ['boat'] };
    await cache.set('key', { ownerId: 'user-1', stepId: 'test.step', output, assetIds: [] });
    output.scenes.push('changed after set');
    const first = await cache.get('key');
    (first!.output as { scenes: string[] }).scenes.push('changed after get');
    expect((await cache.get('key'))!.output).toEqual({ scenes: ['boat'] });
  });

  it('forgets everything on clear', async () => {
    const cache = new MemoryStepCache();
    await cache.set('key', { ownerId: 'user-1', stepId: 'test.step', output: 1, assetIds: [] });
    cache.clear();
    expect(await cache.get('key')).toBeUndefined();
  });
});
