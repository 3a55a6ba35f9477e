import { describe, expect, it } from 'vitest';
import { checkerboardTaper, noveltyCurve } from './find-sections.ts';
import { wasmNoveltyCurve } from './wasm-section-novelty.ts';

describe('wasmNoveltyCurve', () => {
  it('gives the JavaScript novelty curve to the bit, silent blocks included', () => {
    let state = 17;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5;
    // Three passages that resemble themselves, and two silent blocks (all zeros: a cosine of 0).
    const vectors = Array.from({ length: 150 }, (_, block) =>
      Float64Array.from({ length: 23 }, (_, dimension) => (block === 70 || block === 71 ? 0 : Math.sin(dimension * (1 + Math.floor(block / 50))) + 0.3 * random())),
    );
    const half = 12;
    const taper = checkerboardTaper(half);
    const expected = noveltyCurve(vectors, taper, half);
    expect(expected.some((value) => value > 0)).toBe(true);
    expect(Array.from(wasmNoveltyCurve(vectors, taper, half)!)).toEqual(Array.from(expected));
  });
});
