import { describe, expect, it } from 'vitest';
import { drawTestScene } from './testing/draw-test-scene.ts';
import { brightnessAt } from './testing/look-measures.ts';
import { channelSpread, meanLevel, pixelAt, twoToneImage } from './testing/synthetic-images.ts';
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

describe('watercolour look against a reference picture', () => {
  // Two flat washes meeting at x = 48, with a little camera grain.
  const reference = twoToneImage(96, 64, [200, 120, 80], [80, 120, 200], 6, 48);

  it('pools pigment along the rim where one wash meets another', async () => {
    const painted = await watercolorFilter(reference);
    let rim = 0, inside = 0;
    for (let y = 10; y < 54; y++) {
      rim += brightnessAt(painted, 47, y) + brightnessAt(painted, 49, y);
      inside += brightnessAt(painted, 20, y) + brightnessAt(painted, 76, y);
    }
    expect(rim / 88).toBeLessThan(inside / 88 - 12);
  });

  it('lets colour bleed across the edge', async () => {
    const painted = await watercolorFilter(reference);
    const nearEdge = pixelAt(painted, 46, 32), farAway = pixelAt(painted, 20, 32);
    // The blue of the right-hand wash reaches two pixels into the left-hand one.
    expect(nearEdge[2] - nearEdge[0]).toBeGreaterThan(farAway[2] - farAway[0] + 20);
  });
});
