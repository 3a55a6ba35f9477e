import { describe, expect, it } from 'vitest';
import { estimatePersonShift, greyPlane, shiftMask } from './estimate-person-shift.ts';

/** A 256×192 frame: a textured room and a bright textured "person" disc at (centreX, centreY), with its mask. */
function frame(centreX: number, centreY: number) {
  const [width, height] = [256, 192];
  const data = new Uint8Array(width * height * 3);
  const mask = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = Math.hypot(x - centreX, y - centreY) < 40;
      // The room has stripes of its own, so a still room would pull a wrong answer to no shift if it voted.
      const value = inside ? 150 + 60 * Math.sin((x - centreX) / 6) * Math.cos((y - centreY) / 9) : 60 + 40 * Math.sin(x / 5);
      data.fill(value, (y * width + x) * 3, (y * width + x) * 3 + 3);
      mask[y * width + x] = inside ? 255 : 0;
    }
  }
  return { pixels: { data, width, height, channels: 3 as const }, mask };
}

describe('estimatePersonShift', () => {
  it('finds how far the person moved, in the room that stayed', () => {
    const before = frame(100, 90);
    const after = frame(124, 82);
    expect(estimatePersonShift(greyPlane(before.pixels), greyPlane(after.pixels), before.mask, 256)).toEqual({ x: 24, y: -8 });
  });

  it('keeps a still person exactly in place', () => {
    const still = frame(100, 90);
    expect(estimatePersonShift(greyPlane(still.pixels), greyPlane(still.pixels), still.mask, 256)).toEqual({ x: 0, y: 0 });
  });

  it('gives up on a mask with almost nobody in it', () => {
    const empty = frame(100, 90);
    expect(estimatePersonShift(greyPlane(empty.pixels), greyPlane(empty.pixels), new Uint8Array(256 * 192), 256)).toBeUndefined();
  });
});

describe('shiftMask', () => {
  it('moves the mask and repeats the border into what comes in', () => {
    const mask = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9); // 3×3
    expect(Array.from(shiftMask(mask, 3, 3, { x: 1, y: 0 }))).toEqual([1, 1, 2, 4, 4, 5, 7, 7, 8]);
    expect(Array.from(shiftMask(mask, 3, 3, { x: -1, y: 1 }))).toEqual([2, 3, 3, 2, 3, 3, 5, 6, 6]);
    expect(shiftMask(mask, 3, 3, { x: 0.2, y: -0.3 })).toBe(mask);
  });
});
