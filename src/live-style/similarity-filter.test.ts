import { describe, expect, it } from 'vitest';
import { encodeRawImage } from '../media/filters/raw-image.ts';
import { drawTestScene } from '../media/filters/testing/draw-test-scene.ts';
import { frameThumbnail, SimilarityFilter, thumbnailSimilarity } from './similarity-filter.ts';

const jpeg = (time: number, quality = 85) => encodeRawImage(drawTestScene(320, 240, time), 'image/jpeg', quality);

describe('similarity filter', () => {
  it('finds a re-encoded frame of the same scene near-identical, and a moved head not', async () => {
    const still = await frameThumbnail(await jpeg(0));
    const reencoded = await frameThumbnail(await jpeg(0.001, 60));
    const moved = await frameThumbnail(await jpeg(0.6));
    expect(still).toHaveLength(32 * 32);
    expect(thumbnailSimilarity(still, reencoded)).toBeGreaterThan(0.995);
    expect(thumbnailSimilarity(still, moved)).toBeLessThan(0.995);
  });

  it('skips frames like the last processed one, compared with that one rather than the previous frame', () => {
    const filter = new SimilarityFilter({ threshold: 0.99 });
    const drift = (level: number) => new Uint8Array(1024).fill(level);
    expect(filter.shouldSkip(drift(100))).toBe(false);
    expect(filter.shouldSkip(drift(106))).toBe(true);
    expect(filter.shouldSkip(drift(110))).toBe(true);
    // Each step is within the noise, but 100 → 112 is not: slow drifts are not skipped forever.
    expect(filter.shouldSkip(drift(112))).toBe(false);
  });

  it('notices a small movement on a still background', () => {
    const background = new Uint8Array(1024).fill(80);
    const hand = background.slice();
    // Eight thumbnail pixels (under 1% of the picture) change a lot: a hand coming into view.
    hand.fill(200, 500, 508);
    expect(thumbnailSimilarity(background, hand)).toBeLessThan(0.995);
    const grain = background.map((value, index) => value + (index % 7) - 3);
    expect(thumbnailSimilarity(background, grain)).toBe(1);
  });

  it('processes a frame after a run of skips, and after a reset', () => {
    const filter = new SimilarityFilter({ maxConsecutiveSkips: 2 });
    const still = new Uint8Array(1024).fill(50);
    expect([still, still, still, still].map((thumbnail) => filter.shouldSkip(thumbnail))).toEqual([false, true, true, false]);
    filter.reset();
    expect(filter.shouldSkip(still)).toBe(false);
  });

  it('refuses bytes that are not an image', async () => {
    await expect(frameThumbnail(new TextEncoder().encode('not an image at all'))).rejects.toThrow();
  });
});
