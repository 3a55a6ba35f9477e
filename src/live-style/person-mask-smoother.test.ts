import { describe, expect, it } from 'vitest';
import { boxBlur } from '../media/filters/box-blur.ts';
import { PersonMaskSmoother } from './person-mask-smoother.ts';

/** A 160×120 mask: a filled disc (the person) at (centreX, 60) on nothing, with a soft one-pixel rim. */
function disc(centreX: number) {
  const [width, height] = [160, 120];
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const distance = Math.hypot(x - centreX, y - 60) - 30;
      data[y * width + x] = distance < 0 ? 255 : distance < 1 ? 128 : 0;
    }
  }
  return { data, width, height };
}

describe('PersonMaskSmoother', () => {
  it('averages each mask with the last and feathers it as a plain float box blur would, within one step', () => {
    const smoother = new PersonMaskSmoother(0.6);
    let average: number[] | undefined;
    // The person moves: the spans the smoother works within change from mask to mask.
    for (const centreX of [50, 58, 70, 110]) {
      const mask = disc(centreX);
      average = average ? average.map((value, index) => mask.data[index] * 0.6 + value * 0.4) : Array.from(mask.data);
      const radius = 1; // max(160, 120) / 160
      const expected = boxBlur(average, mask.width, mask.height, radius);
      const smoothed = smoother.smooth(mask);
      expect(Math.max(...Array.from(smoothed, (value, index) => Math.abs(value - Math.round(expected[index]))))).toBeLessThanOrEqual(1);
    }
  });

  it('leaves a trace of where the person was that fades below half, and nothing far from them', () => {
    const smoother = new PersonMaskSmoother(0.6);
    smoother.smooth(disc(40));
    const smoothed = smoother.smooth(disc(120));
    // Where the person is now is over half at once; where they were, under half.
    expect(smoothed[60 * 160 + 120]).toBeGreaterThanOrEqual(128);
    expect(smoothed[60 * 160 + 40]).toBeGreaterThan(0);
    expect(smoothed[60 * 160 + 40]).toBeLessThan(128);
    expect(smoothed[5 * 160 + 80]).toBe(0);
    // The outline is feathered: between the disc's inside and the room there is a ramp.
    const row = Array.from(smoothed.subarray(60 * 160 + 145, 60 * 160 + 155));
    expect(row.some((value) => value > 0 && value < 255)).toBe(true);
  });

  it('starts afresh after a reset', () => {
    const smoother = new PersonMaskSmoother(0.6);
    smoother.smooth(disc(40));
    smoother.reset();
    expect(smoother.smooth(disc(120))[60 * 160 + 40]).toBe(0);
  });
});
