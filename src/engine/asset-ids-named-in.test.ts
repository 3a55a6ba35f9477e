import { describe, expect, it } from 'vitest';
import { assetIdsNamedIn } from './asset-ids-named-in.ts';

describe('assetIdsNamedIn', () => {
  it('finds ids under every key that names assets, at any depth, once each', () => {
    const output = {
      videoAssetId: 'video-1',
      subtitlesAssetId: null,
      scenes: [{ imageAssetId: 'image-1', audioAssetId: 'audio-1' }, { imageAssetId: 'image-1' }],
      characterAssetIds: ['character-1', 'character-2'],
      moderation: { assetId: 'image-1', decision: 'pass' },
    };
    expect(assetIdsNamedIn(output).sort()).toEqual(['audio-1', 'character-1', 'character-2', 'image-1', 'video-1']);
  });

  it('leaves out strings under other keys, however they look', () => {
    expect(assetIdsNamedIn({ title: 'video-1', storyId: 's-1', passet: 'x', text: ['image-1'] })).toEqual([]);
    expect(assetIdsNamedIn('video-1')).toEqual([]);
    expect(assetIdsNamedIn(null)).toEqual([]);
  });
});
