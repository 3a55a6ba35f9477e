import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaError } from '../../engine/errors/index.ts';
import { encodeWav } from '../audio/encode-wav.ts';
import { decodeToMonoPcm } from './decode-to-mono-pcm.ts';
import { findFfmpeg, locateFfmpeg, npmFfmpegPath } from './find-ffmpeg.ts';

describe('findFfmpeg', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kiln-find-ffmpeg-'));
    await writeFile(join(directory, 'ffmpeg'), '#!/bin/sh\n');
    await chmod(join(directory, 'ffmpeg'), 0o755);
    await writeFile(join(directory, 'not-executable'), '');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('finds an executable ffmpeg on PATH', async () => {
    expect(await findFfmpeg({ env: { PATH: `/nonexistent:${directory}` } })).toBe(join(directory, 'ffmpeg'));
  });

  it('prefers the system ffmpeg on PATH to the npm build', async () => {
    expect(await locateFfmpeg({ env: { PATH: directory }, npmBinary: npmFfmpegPath() })).toEqual({ path: join(directory, 'ffmpeg'), source: 'PATH' });
  });

  it('prefers KILN_FFMPEG and refuses one that is not executable', async () => {
    const chosen = join(directory, 'ffmpeg');
    expect(await findFfmpeg({ env: { PATH: '', KILN_FFMPEG: chosen } })).toBe(chosen);
    await expect(findFfmpeg({ env: { KILN_FFMPEG: join(directory, 'not-executable') } })).rejects.toThrow(/not an executable/);
  });

  it('says how to install ffmpeg when there is none', async () => {
    const error = await findFfmpeg({ env: { PATH: '/nonexistent' }, npmBinary: null }).catch((caught) => caught);
    expect(error).toBeInstanceOf(MediaError);
    expect(error.message).toMatch(/apt install ffmpeg/);
    expect(error.message).toMatch(/@ffmpeg-installer/);
  });
});

// npm installs @ffmpeg-installer's binary only on the platforms it has one for (linux-x64 here).
describe.skipIf(npmFfmpegPath() === undefined)('findFfmpeg with no ffmpeg on PATH (npm static build)', () => {
  it('falls back to the npm binary, which decodes a WAV', async () => {
    const location = await locateFfmpeg({ env: { PATH: '' } });
    expect(location.source).toBe('npm');
    expect(location.path).toMatch(/@ffmpeg-installer[\\/][a-z0-9]+-[a-z0-9]+[\\/]ffmpeg/);
    const sampleRate = 16000;
    const tone = Float32Array.from({ length: sampleRate }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / sampleRate));
    // The whole default path, as a machine without ffmpeg runs it: no KILN_FFMPEG, nothing on PATH.
    const saved = { PATH: process.env.PATH, KILN_FFMPEG: process.env.KILN_FFMPEG };
    process.env.PATH = '';
    delete process.env.KILN_FFMPEG;
    const audio = await decodeToMonoPcm(encodeWav(tone, sampleRate), { sampleRate: 8000 }).finally(() => {
      process.env.PATH = saved.PATH;
      if (saved.KILN_FFMPEG !== undefined) process.env.KILN_FFMPEG = saved.KILN_FFMPEG;
    });
    expect(audio.samples.length).toBeGreaterThan(7900);
    expect(audio.samples.length).toBeLessThan(8100);
    const peak = audio.samples.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
    expect(peak).toBeGreaterThan(0.45);
    expect(peak).toBeLessThan(0.55);
  }, 30_000);
});
