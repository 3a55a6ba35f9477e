// `kiln vocab shorts` as a user runs it: a real process, a generated Japanese stream, files checked.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeMedia } from '../media/video/probe-media.ts';
import { makeTestRecording, type TestRecording } from '../pipelines/vocabulary/shorts/testing/make-test-recording.ts';
import { toolMissing } from '../runtime/testing/tool-missing.ts';

const binary = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));

function kiln(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [binary, ...args], { cwd, env: { ...process.env, KILN_DATA_DIR: join(cwd, 'data') }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe.skipIf(toolMissing('ffmpeg'))('kiln vocab shorts (needs ffmpeg)', () => {
  let folder: string;
  let recording: TestRecording;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-vocab-shorts-cli-'));
    recording = await makeTestRecording(join(folder, 'stream.mp4'), { video: true });
    await writeFile(join(folder, 'stream.vtt'), recording.transcript);
    await writeFile(join(folder, 'chat.txt'), '00:31 aiko: 草\n00:32 ben: ｗｗｗ\n00:33 kai: lol\n00:36 mio: てぇてぇ\n00:05 ren: hello\n');
  }, 60_000);
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('writes short-01.mp4 …, chapters.txt and edit-points.json into --out', { timeout: 180_000 }, async () => {
    const result = await kiln(['vocab', 'shorts', 'stream.mp4', '--transcript', 'stream.vtt', '--chat', 'chat.txt', '--out', 'shorts', '--width', '180', '--height', '320', '--json'], folder);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.clips).toHaveLength(3);
    expect(report.clips.every((clip: { score: { chat: number | null } }) => clip.score.chat !== null)).toBe(true);
    expect((await readdir(join(folder, 'shorts'))).sort()).toEqual(['chapters.txt', 'edit-points.json', 'short-01.mp4', 'short-02.mp4', 'short-03.mp4']);
    const chapters = (await readFile(join(folder, 'shorts', 'chapters.txt'), 'utf8')).trim().split('\n');
    expect(chapters.length).toBeGreaterThanOrEqual(3);
    expect(chapters[0]).toMatch(/^00:00 \S/);
    const plan = JSON.parse(await readFile(join(folder, 'shorts', 'edit-points.json'), 'utf8'));
    expect(plan.editPoints.some((point: { kind: string }) => point.kind === 'chat-laughter')).toBe(true);
    const probed = await probeMedia(join(folder, 'shorts', 'short-01.mp4'));
    expect(probed.streams.find((stream) => stream.kind === 'video')).toMatchObject({ width: 180, height: 320 });
  });

  it('runs on the data folder, so the same command run again reuses every finished step', { timeout: 240_000 }, async () => {
    const args = (out: string) => ['vocab', 'shorts', 'stream.mp4', '--transcript', 'stream.vtt', '--out', out, '--count', '2', '--width', '180', '--height', '320', '--json'];
    const first = await kiln(args('first'), folder);
    expect(first.stderr).toBe('');
    const again = await kiln(args('again'), folder);
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const [before, after] = [JSON.parse(first.stdout), JSON.parse(again.stdout)];
    // A new job each time, whose plan and renders all come from the step cache.
    expect(after.jobId).not.toBe(before.jobId);
    expect(Object.keys(after.steps).sort()).toEqual(['plan', 'render-proposed-1', 'render-proposed-2']);
    expect(Object.values(after.steps).every((step) => (step as { cached: boolean }).cached)).toBe(true);
    expect(after.clips).toEqual(before.clips);
    expect(await readFile(join(folder, 'again', 'short-02.mp4'))).toEqual(await readFile(join(folder, 'first', 'short-02.mp4')));
  });

  it('exits with code 2 and a sentence, writing nothing, when the transcript runs past the recording', async () => {
    await writeFile(join(folder, 'late.vtt'), recording.transcript.replace(/00:00:51\.000 --> 00:00:54\.\d+/, '00:05:51.000 --> 00:05:54.000'));
    const result = await kiln(['vocab', 'shorts', 'stream.mp4', '--transcript', 'late.vtt', '--out', 'late'], folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/runs to 00:05:54 but the recording is only 00:00:56 long/);
    await expect(readdir(join(folder, 'late'))).rejects.toThrow();
  });
});
