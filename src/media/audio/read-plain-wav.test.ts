import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { decodeToMonoPcm } from '../ffmpeg/decode-to-mono-pcm.ts';
import { encodeWav } from './encode-wav.ts';
import { readPlainWav } from './read-plain-wav.ts';

/** A WAV of any layout encodeWav does not write: interleaved samples, 16/24-bit integer or 32-bit float. */
function wavBytes(interleaved: number[], options: { channels: number; sampleRate: number; bits: 16 | 24 | 32; float?: boolean }): Uint8Array {
  const { channels, sampleRate, bits } = options;
  const bytesPerSample = bits / 8;
  const bytes = new Uint8Array(44 + interleaved.length * bytesPerSample);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => [...text].forEach((char, index) => (bytes[offset + index] = char.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, options.float ? 3 : 1, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels * bytesPerSample, true);
  view.setUint16(32, channels * bytesPerSample, true);
  view.setUint16(34, bits, true);
  ascii(36, 'data');
  view.setUint32(40, interleaved.length * bytesPerSample, true);
  interleaved.forEach((value, index) => {
    const at = 44 + index * bytesPerSample;
    if (options.float) view.setFloat32(at, value, true);
    else if (bits === 16) view.setInt16(at, Math.round(value * 32767), true);
    else [0, 8, 16].forEach((shift, byte) => (bytes[at + byte] = (Math.round(value * 8388607) >> shift) & 255));
  });
  return bytes;
}

const tone = (seconds: number, sampleRate: number, hz = 440) =>
  Float32Array.from({ length: Math.round(seconds * sampleRate) }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / sampleRate));

describe('readPlainWav', () => {
  it('reads 16-bit mono at the analysis rate exactly as ffmpeg converts it (n / 32768)', async () => {
    const samples = Int16Array.from([0, 1, -1, 32767, -32768, 12345]);
    const audio = await readPlainWav(encodeWav(samples, 22050), 22050, 60);
    expect(audio?.sampleRate).toBe(22050);
    expect(Array.from(audio!.samples)).toEqual(Array.from(samples, (value) => value / 32768));
  });

  it('mixes stereo as ffmpeg -ac 1 does, (L + R)·√½', async () => {
    const audio = await readPlainWav(wavBytes([0.5, 0.25, -0.5, 0.5], { channels: 2, sampleRate: 22050, bits: 32, float: true }), 22050, 60);
    expect(audio!.samples[0]).toBeCloseTo(0.75 * Math.SQRT1_2, 6);
    expect(audio!.samples[1]).toBeCloseTo(0, 6);
  });

  it('halves a rate of twice the analysis rate and stops after maxSeconds', async () => {
    const audio = await readPlainWav(encodeWav(tone(3, 44100), 44100), 22050, 2);
    expect(audio?.sampleRate).toBe(22050);
    expect(audio?.samples).toHaveLength(22050 * 2);
    expect(audio!.samples[1000]).toBeCloseTo(0.5 * Math.sin((2 * Math.PI * 440 * 1000) / 22050), 3);
  });

  it('leaves other rates, sample formats and files that are not WAV to ffmpeg (null)', async () => {
    expect(await readPlainWav(encodeWav(tone(1, 48000), 48000), 22050, 60)).toBeNull();
    expect(await readPlainWav(wavBytes([0.1, 0.2], { channels: 1, sampleRate: 22050, bits: 24 }), 22050, 60)).toBeNull();
    expect(await readPlainWav(wavBytes([0.1, 0.2, 0.3], { channels: 3, sampleRate: 22050, bits: 16 }), 22050, 60)).toBeNull();
    expect(await readPlainWav(new TextEncoder().encode('{"not": "audio"}'), 22050, 60)).toBeNull();
    expect(await readPlainWav('/no/such/file.wav', 22050, 60)).toBeNull();
  });
});

describe.skipIf(toolMissing('ffmpeg'))('readPlainWav against ffmpeg (needs ffmpeg on PATH)', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kiln-read-wav-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it.each([
    ['16-bit mono at 44.1 kHz', encodeWav(tone(2, 44100, 3000), 44100)],
    ['float stereo at 44.1 kHz', wavBytes(Array.from(tone(2, 44100, 3000), (value, index) => (index % 2 ? value : -0.3 * value)), { channels: 2, sampleRate: 44100, bits: 32, float: true })],
  ])('gives the samples ffmpeg gives for %s, from a file', async (_, bytes) => {
    const path = join(directory, 'song.wav');
    await writeFile(path, bytes);
    const ours = (await readPlainWav(path, 22050, 60))!;
    const ffmpeg = await decodeToMonoPcm(path, { sampleRate: 22050 });
    expect(ours.samples).toHaveLength(ffmpeg.samples.length);
    let error = 0;
    let signal = 0;
    for (let i = 0; i < ours.samples.length; i++) {
      error += (ours.samples[i] - ffmpeg.samples[i]) ** 2;
      signal += ffmpeg.samples[i] ** 2;
    }
    expect(10 * Math.log10(error / signal)).toBeLessThan(-40);
  });
});
