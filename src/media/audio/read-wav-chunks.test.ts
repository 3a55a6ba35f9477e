import { expect, test } from 'vitest';
import { encodeWav } from './encode-wav.ts';
import { readWavChunks } from './read-wav-chunks.ts';

test('finds the format and the samples of a WAV file, skipping chunks between them', () => {
  const wav = encodeWav(Int16Array.from([1, 2, 3]), 22050);
  const withList = new Uint8Array(wav.length + 12);
  withList.set(wav.subarray(0, 36));
  withList.set([...'LIST'].map((c) => c.charCodeAt(0)), 36);
  new DataView(withList.buffer).setUint32(40, 4, true);
  withList.set(wav.subarray(36), 48);
  expect(readWavChunks(withList)).toEqual({
    format: { tag: 1, channels: 1, sampleRate: 22050, blockAlign: 2, bits: 16 },
    dataOffset: 56,
    dataSize: 6,
  });
});

test('is null for bytes that are not a WAV file, and empty after a cut-off format chunk', () => {
  expect(readWavChunks(new TextEncoder().encode('RIFF\0\0\0\0AVI LIST'))).toBeNull();
  const wav = encodeWav(Int16Array.from([1]), 8000);
  expect(readWavChunks(wav.subarray(0, 30))).toEqual({});
});
