import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancelledError, MediaError } from '../../engine/errors/index.ts';
import { encodeWav } from '../audio/encode-wav.ts';
import { decodeToMonoPcm } from './decode-to-mono-pcm.ts';
import { probeDuration } from './probe-duration.ts';
import { runFfmpeg } from './run-ffmpeg.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';

const tone = (seconds: number, sampleRate: number) =>
  Float32Array.from({ length: seconds * sampleRate }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / sampleRate));

describe.skipIf(toolMissing('ffmpeg'))('decodeToMonoPcm and probeDuration (need ffmpeg on PATH)', () => {
  let directory: string;
  let wavPath: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kiln-decode-'));
    wavPath = join(directory, 'tone.wav');
    await writeFile(wavPath, encodeWav(tone(2, 44100), 44100));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('decodes a file to mono float samples at the asked rate', async () => {
    const audio = await decodeToMonoPcm(wavPath);
    expect(audio.sampleRate).toBe(22050);
    expect(audio.duration).toBeCloseTo(2, 2);
    const peak = audio.samples.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
    expect(peak).toBeGreaterThan(0.45);
    expect(peak).toBeLessThan(0.55);
  });

  it('decodes bytes held in memory the same way', async () => {
    const audio = await decodeToMonoPcm(encodeWav(tone(1, 16000), 16000), { sampleRate: 8000 });
    expect(audio.samples.length).toBeGreaterThan(7900);
    expect(audio.samples.length).toBeLessThan(8100);
  });

  it('downmixes stereo to one channel', async () => {
    const stereoPath = join(directory, 'stereo.wav');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=300:d=1', '-ac', '2', '-y', stereoPath]);
    const audio = await decodeToMonoPcm(stereoPath);
    expect(audio.duration).toBeCloseTo(1, 1);
  });

  it('refuses bytes that are not audio with a clear MediaError', async () => {
    const error = await decodeToMonoPcm(new TextEncoder().encode('this is not a song, just text')).catch((caught) => caught);
    expect(error).toBeInstanceOf(MediaError);
    expect(error.message).toMatch(/could not be decoded as audio/);
    expect(error.message).toMatch(/not a recognised audio format or it is corrupt/);
  });

  it('refuses a video without sound', async () => {
    const videoPath = join(directory, 'silent-film.mp4');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=d=1:s=64x64', '-y', videoPath]);
    await expect(decodeToMonoPcm(videoPath)).rejects.toThrow(/no audio stream/);
  });

  it('refuses a file that does not exist', async () => {
    await expect(decodeToMonoPcm(join(directory, 'missing.wav'))).rejects.toThrow(/does not exist/);
  });

  it('stops at once when cancelled', async () => {
    await expect(decodeToMonoPcm(wavPath, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
  });

  it('reads the duration from the header without decoding', async () => {
    expect(await probeDuration(wavPath)).toBeCloseTo(2, 2);
    await expect(probeDuration(new TextEncoder().encode('not media'))).rejects.toBeInstanceOf(MediaError);
  });
});
