import { describe, expect, it } from 'vitest';
import { outputBoundKey, stepCacheKey, type StepCacheKeyParts } from './cache-key.ts';

const base: StepCacheKeyParts = {
  stepId: 'music-video.images',
  version: 1,
  ownerId: 'user-1',
  input: { style: 'ink', scenes: [{ text: 'a boat', seconds: 2 }] },
  upstreamKeys: { analyze: 'a'.repeat(64), lyrics: 'b'.repeat(64) },
};

describe('stepCacheKey', () => {
  it('is a sha256 hex digest', () => {
    expect(stepCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same key for the same things, whatever the property order', () => {
    const reordered: StepCacheKeyParts = {
      upstreamKeys: { lyrics: 'b'.repeat(64), analyze: 'a'.repeat(64) },
      input: { scenes: [{ seconds: 2, text: 'a boat' }], style: 'ink' },
      ownerId: 'user-1',
      version: 1,
      stepId: 'music-video.images',
    };
    expect(stepCacheKey(reordered)).toBe(stepCacheKey(base));
  });

  it('changes when any part changes', () => {
    const original = stepCacheKey(base);
    const variants: StepCacheKeyParts[] = [
      { ...base, stepId: 'music-video.video' },
      { ...base, version: 2 },
      { ...base, ownerId: 'user-2' },
      { ...base, input: { ...(base.input as object), style: 'oil' } },
      { ...base, input: { ...(base.input as object), scenes: [{ text: 'a boat', seconds: 3 }] } },
      { ...base, upstreamKeys: { ...base.upstreamKeys, analyze: 'c'.repeat(64) } },
      { ...base, upstreamKeys: { analyze: 'a'.repeat(64) } },
      // The same key under another node name is another graph.
      { ...base, upstreamKeys: { analysis: 'a'.repeat(64), lyrics: 'b'.repeat(64) } },
    ];
    const keys = variants.map(stepCacheKey);
    for (const key of keys) expect(key).not.toBe(original);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('stepCacheKey with asset contents', () => {
  const song = { stepId: 'music-video.analyze', version: 3, ownerId: 'user-1', upstreamKeys: {} };
  const sha = (letter: string) => letter.repeat(64);

  it('keys asset inputs by their bytes: two ids of the same bytes share a key, other bytes do not', () => {
    const first = stepCacheKey({ ...song, input: { songAssetId: 'upload-1', moments: 4 }, assetContents: { songAssetId: sha('a') } });
    const again = stepCacheKey({ ...song, input: { songAssetId: 'upload-2', moments: 4 }, assetContents: { songAssetId: sha('a') } });
    const other = stepCacheKey({ ...song, input: { songAssetId: 'upload-2', moments: 4 }, assetContents: { songAssetId: sha('b') } });
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    // The other fields still count, and so does the owner.
    expect(stepCacheKey({ ...song, input: { songAssetId: 'upload-2', moments: 5 }, assetContents: { songAssetId: sha('a') } })).not.toBe(first);
    expect(stepCacheKey({ ...song, ownerId: 'user-2', input: { songAssetId: 'upload-1', moments: 4 }, assetContents: { songAssetId: sha('a') } })).not.toBe(first);
  });

  it('keeps the order of a list of assets, and never matches a key built from ids', () => {
    const input = { characterAssetIds: ['one', 'two'] };
    const inOrder = stepCacheKey({ ...song, input, assetContents: { characterAssetIds: [sha('a'), sha('b')] } });
    expect(stepCacheKey({ ...song, input, assetContents: { characterAssetIds: [sha('b'), sha('a')] } })).not.toBe(inOrder);
    expect(stepCacheKey({ ...song, input })).not.toBe(inOrder);
  });
});

describe('outputBoundKey', () => {
  it('follows the output, not only the key', () => {
    const key = stepCacheKey(base);
    expect(outputBoundKey(key, { at: 1 })).toBe(outputBoundKey(key, { at: 1 }));
    expect(outputBoundKey(key, { at: 1 })).not.toBe(outputBoundKey(key, { at: 2 }));
    expect(outputBoundKey(key, { at: 1 })).not.toBe(key);
  });
});
