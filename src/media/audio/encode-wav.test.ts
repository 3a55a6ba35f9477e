import { expect, test } from 'vitest';
import { encodeWav } from './encode-wav.ts';

/** The samples as a WAV reader sees them: 16-bit little-endian from byte 44. */
function readSamples(wav: Uint8Array, count: number): number[] {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  return Array.from({ length: count }, (_, index) => view.getInt16(44 + index * 2, true));
}

test('16-bit samples are written as they are, little-endian, after a 44-byte PCM header', () => {
  const samples = Int16Array.from([0, 1, -1, 32767, -32768, 258]);
  const wav = encodeWav(samples.subarray(1), 22050);
  expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF');
  expect(new DataView(wav.buffer).getUint32(24, true)).toBe(22050);
  expect(new DataView(wav.buffer).getUint32(40, true)).toBe(10);
  expect(readSamples(wav, 5)).toEqual([1, -1, 32767, -32768, 258]);
  expect(wav.length).toBe(54);
});

test('float samples are clamped to -1..1 and scaled to 16 bits, rounding to the nearest', () => {
  const wav = encodeWav(Float32Array.from([0, 0.5, -0.5, 2, -2, 1e-5]), 16000);
  // Math.round: halves go up, so -16383.5 becomes -16383.
  expect(readSamples(wav, 6)).toEqual([0, 16384, -16383, 32767, -32767, 0]);
});

test('a comment goes after the samples in a LIST/INFO ICMT chunk, padded to an even length', () => {
  const wav = encodeWav(Int16Array.from([5]), 8000, 'hi');
  const tail = new TextDecoder().decode(wav.subarray(46));
  expect(tail.startsWith('LIST')).toBe(true);
  expect(tail).toContain('INFOICMT');
  expect(tail).toContain('hi\0');
  expect(wav.length % 2).toBe(0);
  expect(new DataView(wav.buffer).getUint32(4, true)).toBe(wav.length - 8);
});
