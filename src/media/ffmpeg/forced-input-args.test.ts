import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MediaError } from '../../engine/errors/index.ts';
import { probeMedia } from '../video/probe-media.ts';
import { decodeToMonoPcm } from './decode-to-mono-pcm.ts';
import { forcedInputArgs } from './forced-input-args.ts';
import { runFfmpeg } from './run-ffmpeg.ts';
import { craftedFiles } from './testing/crafted-manifests.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';

const peak = (samples: Float32Array) => samples.reduce((max, value) => Math.max(max, Math.abs(value)), 0);

describe.skipIf(toolMissing('ffmpeg'))('forcedInputArgs (needs ffmpeg)', () => {
  let directory: string;
  let privatePath: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'kiln-forced-input-'));
    // The "private" file: a loud tone that must never come out of a decode of someone's upload.
    privatePath = join(directory, 'private.m4a');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=f=1000:d=3', '-af', 'volume=4', '-y', privatePath]);
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('forces the demuxer the bytes call for and allows only the file protocol', async () => {
    const path = join(directory, 'tone.wav');
    await runFfmpeg(['-v', 'error', '-f', 'lavfi', '-i', 'sine=d=0.2', '-y', path]);
    expect(await forcedInputArgs(path)).toEqual(['-protocol_whitelist', 'file', '-f', 'wav', '-i', path]);
    const text = join(directory, 'notes.txt');
    await writeFile(text, 'ffconcat version 1.0\n');
    await expect(forcedInputArgs(text)).rejects.toBeInstanceOf(MediaError);
  });

  it('the crafted files really do make a guessing ffmpeg read the private file', async () => {
    // Without this the test below could pass on harmless fixtures.
    const dash = craftedFiles(privatePath).find((file) => file.name === 'dash behind ID3')!;
    const path = join(directory, 'guessed.mp3');
    await writeFile(path, dash.bytes);
    const guessed = await runFfmpeg(['-v', 'error', '-i', path, '-ac', '1', '-f', 'f32le', 'pipe:1']);
    const samples = new Float32Array(Uint8Array.from(guessed.stdout).buffer);
    expect(peak(samples)).toBeGreaterThan(0.5);
  });

  for (const file of craftedFiles('/placeholder')) {
    it(`never reads the private file through ${file.name}`, async () => {
      const crafted = craftedFiles(privatePath).find((candidate) => candidate.name === file.name)!;
      const decoded = await decodeToMonoPcm(crafted.bytes).catch((error: Error) => error);
      if (decoded instanceof Error) {
        expect(decoded).toBeInstanceOf(MediaError);
        expect(decoded.message).toMatch(/could not be decoded as audio/);
        expect(JSON.stringify((decoded as MediaError).details ?? {})).not.toContain(directory);
      } else {
        expect(peak(decoded.samples)).toBeLessThan(0.01);
      }
      const probed = await probeMedia(crafted.bytes).catch((error: Error) => error);
      if (!(probed instanceof Error)) expect(probed.streams.filter((stream) => stream.codec === 'aac')).toEqual([]);
    });
  }
});
