// `kiln musicvideo` as a user runs it: a real process, a generated song and picture, files checked.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.ts';
import { createRuntime } from '../runtime/create-runtime.ts';
import { localUserId } from '../runtime/local-user.ts';
import { probeDuration } from '../media/ffmpeg/probe-duration.ts';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { probeMedia } from '../media/video/probe-media.ts';
import { characterPng, testSongWav } from '../pipelines/music-video/testing/music-video-fixtures.ts';

const binary = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));

function kiln(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [binary, ...args], { cwd, env: { ...process.env, KILN_DATA_DIR: join(cwd, 'data') }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe.skipIf(toolMissing('ffmpeg'))('kiln musicvideo (needs ffmpeg)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-musicvideo-cli-'));
    await writeFile(join(folder, 'song.wav'), testSongWav(12).wav);
    await writeFile(join(folder, 'hero.png'), await characterPng());
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('writes the video, the analysis, one picture per key moment (and per section no moment opens) and a thumbnail into --out', async () => {
    const result = await kiln([
      'musicvideo', 'song.wav', '--character', 'hero.png', '--style', 'a robot on a beach', '--moments', '3',
      '--width', '320', '--height', '180', '--out', 'video', '--json',
    ], folder);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report.steps)).toEqual(['analyze', 'images', 'video']);
    expect(report.steps.images.servedBy).toContain('builtin:illustrator');
    const files = (await readdir(join(folder, 'video'))).sort();
    const pictures = report.output.imageAssetIds.length;
    expect(pictures).toBeGreaterThanOrEqual(3);
    expect(files).toEqual(['analysis.json', 'final_video.mp4', ...Array.from({ length: pictures }, (_, index) => `moment-${String(index + 1).padStart(2, '0')}.png`), 'thumbnail.jpg']);
    const probed = await probeMedia(join(folder, 'video', 'final_video.mp4'));
    expect(probed.streams.map((stream) => stream.codec)).toEqual(['h264', 'aac']);
    expect(Math.abs(probed.duration! - (await probeDuration(join(folder, 'song.wav'))))).toBeLessThan(0.1);
  }, 120_000);

  it('runs on the data folder: the same command again reuses every step, and the video is in the library', async () => {
    const args = ['musicvideo', 'song.wav', '--character', 'hero.png', '--style', 'a robot on a beach', '--moments', '3', '--width', '320', '--height', '180', '--out', 'again', '--json'];
    const second = await kiln(args, folder);
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout);
    expect(Object.values(report.steps).map((step) => (step as { cached: boolean }).cached)).toEqual([true, true, true]);
    expect((await readdir(join(folder, 'again'))).sort()).toContain('final_video.mp4');
    const runtime = await createRuntime({ config: { ...(await loadConfig({ cwd: folder, env: { KILN_DATA_DIR: join(folder, 'data') } })) }, withWorker: false });
    try {
      const library = await runtime.jobs.list(localUserId, { pipeline: 'music-video', state: 'succeeded' });
      expect(library.map((job) => job.id)).toContain(report.jobId);
    } finally {
      await runtime.close();
    }
  }, 120_000);

  it('--dance asks the job for dancing characters: the pictures and the video are made again, the analysis reused', async () => {
    const result = await kiln([
      'musicvideo', 'song.wav', '--character', 'hero.png', '--style', 'a robot on a beach', '--moments', '3',
      '--width', '320', '--height', '180', '--dance', '--out', 'danced', '--json',
    ], folder);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect([report.steps.analyze.cached, report.steps.images.cached, report.steps.video.cached]).toEqual([true, false, false]);
    const runtime = await createRuntime({ config: { ...(await loadConfig({ cwd: folder, env: { KILN_DATA_DIR: join(folder, 'data') } })) }, withWorker: false });
    try {
      const job = await runtime.jobs.get(localUserId, report.jobId);
      expect(job.input).toMatchObject({ dance: true });
    } finally {
      await runtime.close();
    }
  }, 120_000);

  it('exits 2 with a sentence for bad input, writing nothing', async () => {
    const missing = await kiln(['musicvideo', 'gone.mp3', '--out', 'nothing'], folder);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/The song gone\.mp3 does not exist/);
    const notAudio = await kiln(['musicvideo', 'hero.png', '--out', 'nothing'], folder);
    expect(notAudio.code).toBe(2);
    expect(notAudio.stderr).toMatch(/The song hero\.png is a PNG image, not audio/);
    const notImage = await kiln(['musicvideo', 'song.wav', '--character', 'song.wav', '--out', 'nothing'], folder);
    expect(notImage.code).toBe(2);
    expect(notImage.stderr).toMatch(/The character image song\.wav is WAV audio, not an image/);
    const noOut = await kiln(['musicvideo', 'song.wav'], folder);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toMatch(/--out DIR/);
    const outIsFile = await kiln(['musicvideo', 'song.wav', '--out', 'hero.png'], folder);
    expect(outIsFile.code).toBe(2);
    expect(outIsFile.stderr).toMatch(/hero\.png is a file/);
    const danceAlone = await kiln(['musicvideo', 'song.wav', '--dance', '--out', 'nothing'], folder);
    expect(danceAlone.code).toBe(2);
    expect(danceAlone.stderr).toMatch(/--dance needs a character/);
    expect(await readdir(folder)).not.toContain('nothing');
    // Six whole processes, each loading the CLI: a minute was not always enough under load 15.
  }, 210_000);
});
