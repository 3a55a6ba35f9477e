import { describe, expect, it } from 'vitest';
import { halveSampleRate } from './halve-sample-rate.ts';
import { createPcm16Halving, halvePcm16, halvingReach, joinPcm16Halving } from './wasm-halve-sample-rate.ts';
import { signalMemoryOf } from './wasm-signal-memory.ts';

/** 16-bit PCM of a loud chirp with noise, `frames` frames of `channels` samples, and what the JavaScript path halves (stereo mixed). */
function pcm(frames: number, channels: 1 | 2): { bytes: Uint8Array; values: Float32Array } {
  const integers = new Int16Array(frames * channels);
  let state = 99;
  for (let i = 0; i < integers.length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    integers[i] = Math.round(30000 * Math.sin(0.0001 * i * i)) + (state % 2001) - 1000;
  }
  const values = Float32Array.from({ length: frames }, (_, i) => (channels === 1 ? integers[i] : integers[2 * i] + integers[2 * i + 1]));
  return { bytes: new Uint8Array(integers.buffer), values };
}

describe('halvePcm16', () => {
  it.each([
    [1, 50_001],
    [1, 50_000],
    [2, 50_001],
    [1, 20],
    [2, 7],
    [2, 150_001], // three calls of the kernel, each with its own window of the PCM
    [1, 131_073],
  ] as const)('gives halveSampleRate to the bit, ends included (%i channels, %i frames)', async (channels, frames) => {
    const { bytes, values } = pcm(frames, channels);
    const scale = (channels === 1 ? 1 : Math.SQRT1_2) / 32768;
    const samples = await halvePcm16(frames, channels, scale, async (target, position) => {
      const part = bytes.subarray(position, position + target.length);
      return target.set(part), part.length;
    });
    expect(samples).not.toBeNull();
    expect(Array.from(samples!)).toEqual(Array.from(halveSampleRate(values, scale)));
    // In a signal memory, with the zeros after it intact (an odd count wrote one output more).
    expect(signalMemoryOf(samples!)).not.toBeNull();
    expect(new Float32Array(samples!.buffer, samples!.byteOffset + samples!.length * 4, 4)).toEqual(new Float32Array(4));
  });

  it.each([
    [1, 150_001, [70_000]],
    [2, 150_000, [30_001, 65_537, 70_000]],
    [2, 40_000, [19_983]],
  ] as const)('halves in pieces, each reading its own PCM and halvingReach past its ends, to the whole halving (%i channels, %i frames, pieces from %j)', async (channels, frames, cuts) => {
    const { bytes } = pcm(frames, channels);
    const scale = (channels === 1 ? 1 : Math.SQRT1_2) / 32768;
    const frameBytes = 2 * channels;
    // Each piece's reader has only the PCM its piece may read: asked for more, it comes up short.
    const reader = (from: number, end: number) => async (target: Uint8Array, position: number) => {
      if (position < from * frameBytes || position + target.length > end * frameBytes) return 0;
      return target.set(bytes.subarray(position, position + target.length)), target.length;
    };
    const whole = await halvePcm16(frames, channels, scale, reader(0, frames));
    const outputs = Math.ceil(frames / 2);
    const ends = [0, ...cuts, outputs];
    // The first piece by the halving of the whole, the others by halvings that join it, from the last to the first.
    const first = createPcm16Halving(frames, channels, scale)!;
    expect(await first.halve(0, ends[1], reader(0, Math.min(frames, 2 * ends[1] + halvingReach)))).toBe(true);
    for (let piece = ends.length - 2; piece >= 1; piece--) {
      const [from, end] = [ends[piece], ends[piece + 1]];
      const joined = joinPcm16Halving(first.shared);
      expect(await joined.halve(from, end, reader(2 * from - halvingReach, Math.min(frames, 2 * end + halvingReach)))).toBe(true);
    }
    expect(Array.from(first.samples)).toEqual(Array.from(whole!));
    expect(new Float32Array(first.samples.buffer, first.samples.byteOffset + outputs * 4, 4)).toEqual(new Float32Array(4));
  });

  it('gives up on a file shorter than its header says, for the reader to fall back', async () => {
    expect(await halvePcm16(100, 1, 1 / 32768, async (target) => target.length - 50)).toBeNull();
  });
});
