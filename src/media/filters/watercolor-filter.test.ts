import { describe, expect, it } from 'vitest';
import { drawTestScene } from './testing/draw-test-scene.ts';
import { channelSpread, meanLevel, twoToneImage } from './testing/synthetic-images.ts';
import { watercolorFilter } from './watercolor-filter.ts';

describe('watercolour filter', () => {
  it('lightens the picture, as thin pigment on white paper does', async () => {
    const scene = drawTestScene(96, 96);
    expect(meanLevel(await watercolorFilter(scene))).toBeGreaterThan(meanLevel(scene) + 10);
  });

  it('lays the same paper grain under every frame, so it stays still while the picture moves', async () => {
    const flat = twoToneImage(48, 48, [120, 120, 120], [120, 120, 120]);
    const first = await watercolorFilter(flat);
    const second = await watercolorFilter(flat);
    expect(channelSpread(first, 0, 0, 0, 48, 48)).toBeGreaterThan(1);
    expect(second.data).toEqual(first.data);
  });
});
