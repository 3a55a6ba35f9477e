import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStepCache } from '../../../engine/memory-step-cache.ts';
import { runPipeline } from '../../../engine/run-pipeline.ts';
import { runFfmpeg } from '../../../media/ffmpeg/run-ffmpeg.ts';
import { toolMissing } from '../../../runtime/testing/tool-missing.ts';
import { probeMedia } from '../../../media/video/probe-media.ts';
import type { AssetStore } from '../../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../../runtime/testing/create-test-runtime.ts';
import { englishVtt } from '../testing/sample-transcripts.ts';
import { formatChapters } from './plan-chapters.ts';
import { renderShort } from './render-short.ts';
import { shortsPipeline, type ShortsOutput } from './shorts-pipeline.ts';
import { makeTestRecording, type TestRecording } from './testing/make-test-recording.ts';
import { subtitleTop } from './write-short-subtitles.ts';

const owner = 'alice';

describe.skipIf(toolMissing('ffmpeg'))('the vocabulary-shorts pipeline on a generated Japanese stream (eSpeak-NG ja voice, needs ffmpeg)', () => {
  let folder: string;
  let kiln: TestRuntime;
  let assets: AssetStore;
  let recording: TestRecording;
  let recordingAssetId: string;
  let transcriptAssetId: string;
  const cache = new MemoryStepCache();
  // The job is recorded as the product records it (its assets belong to it) and run here, so the
  // run's per-step results can be read.
  const run = async (input: Record<string, unknown>) => {
    const full = { recordingAssetId, transcriptAssetId, width: 180, height: 320, ...input };
    const job = await kiln.runtime.jobs.create(owner, shortsPipeline.id, full);
    return runPipeline(shortsPipeline, {
      jobId: job.id, ownerId: owner, input: full, signal: new AbortController().signal, cache, services: { assets },
    });
  };

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-shorts-test-'));
    kiln = await createTestRuntime({ withWorker: false });
    assets = kiln.runtime.assets;
    recording = await makeTestRecording(join(folder, 'stream.mp4'), { video: true });
    recordingAssetId = (await assets.put({ ownerId: owner, data: await readFile(join(folder, 'stream.mp4')), mediaType: 'video/mp4', name: 'stream.mp4' })).id;
    transcriptAssetId = (await assets.put({ ownerId: owner, data: new TextEncoder().encode(recording.transcript), mediaType: 'text/plain', name: 'stream.vtt' })).id;
  }, 60_000);
  afterAll(async () => {
    await kiln?.close();
    await rm(folder, { recursive: true, force: true });
  });

  let first: ShortsOutput;
  it('proposes 3 clips of 15-60 s on cue boundaries, the loud slang part scoring best, and renders each', { timeout: 180_000 }, async () => {
    const result = await run({ count: 3 });
    first = result.output;
    expect(first.clips).toHaveLength(3);
    for (const [position, clip] of first.clips.entries()) {
      expect(clip.end - clip.start).toBeGreaterThanOrEqual(15 - 1e-6);
      expect(clip.end - clip.start).toBeLessThanOrEqual(60);
      if (position > 0) expect(clip.start).toBeGreaterThanOrEqual(first.clips[position - 1].end);
    }
    const best = first.clips.reduce((top, clip) => (clip.score.total > top.score.total ? clip : top));
    // The burst of スパチャ, コラボ, てぇてぇ… is said loudly from 30 s on.
    expect(best.start).toBeGreaterThanOrEqual(27);
    expect(best.start).toBeLessThanOrEqual(35);
    expect(best.score.expressions).toBeGreaterThan(0.5);
    expect(best.expressions.map((item) => item.expression)).toEqual(expect.arrayContaining(['てぇてぇ', '同接']));
    expect(best.subtitles.some((subtitle) => /precious/.test(subtitle.english))).toBe(true);
    const cueStarts = recording.transcript.match(/\d\d:\d\d:\d\d\.\d{3}(?= -->)/g)!.map((clock) => clock.split(':').reduce((sum, part) => sum * 60 + Number(part), 0));
    expect(cueStarts).toContain(best.start);

    expect(first.chapters.length).toBeGreaterThanOrEqual(3);
    expect(first.chapters[0].start).toBe(0);
    first.chapters.slice(1).forEach((chapter, index) => expect(chapter.start - first.chapters[index].start).toBeGreaterThanOrEqual(10));
    expect(first.recordingSeconds - first.chapters.at(-1)!.start).toBeGreaterThanOrEqual(10);
    expect(formatChapters(first.chapters)).toMatch(/^00:00 \S.*\n\d\d:\d\d \S.*\n\d\d:\d\d \S/);
    expect(first.editPoints.some((point) => point.kind === 'pause')).toBe(true);

    expect(first.shorts.map((short) => short.index)).toEqual([1, 2, 3]);
    for (const short of first.shorts) {
      const asset = await assets.get(owner, short.assetId);
      expect(asset.name).toBe(`short-0${short.index}.mp4`);
      const probed = await assets.withLocalFile(asset, (path) => probeMedia(path));
      expect(probed.streams.find((stream) => stream.kind === 'video')).toMatchObject({ width: 180, height: 320 });
      expect(probed.streams.some((stream) => stream.kind === 'audio')).toBe(true);
      expect(Math.abs((probed.duration ?? 0) - (short.end - short.start))).toBeLessThan(0.3);
    }
  });

  it('burns the subtitles in: the subtitle band differs from the same frame rendered without them, the picture above does not', async () => {
    const best = first.clips.reduce((top, clip) => (clip.score.total > top.score.total ? clip : top));
    const shown = best.subtitles.find((subtitle) => subtitle.english)!;
    const at = (shown.start + shown.end) / 2;
    const bare = join(folder, 'bare.mp4');
    await renderShort({
      recordingPath: join(folder, 'stream.mp4'), hasVideo: true, start: best.start, end: best.end, subtitles: best.subtitles,
      width: 180, height: 320, workDir: join(folder, 'bare'), outputPath: bare, burnSubtitles: false,
    });
    const short = first.shorts.find((rendered) => rendered.index === best.index)!;
    const withText = await assets.withLocalFile(await assets.get(owner, short.assetId), (path) => frameAt(path, at));
    const without = await frameAt(bare, at);
    const band = (frame: Buffer, fromRow: number, toRow: number) => meanDifference(frame, without, 180, fromRow, toRow);
    const top = Math.round(320 * subtitleTop);
    expect(band(withText, top, top + 40)).toBeGreaterThan(8);
    expect(band(withText, 0, 60)).toBeLessThan(3);
  });

  it('re-renders only the clip the user moved; the plan and the other clips come from the cache', async () => {
    const clips = first.clips.map(({ start, end }) => ({ start, end }));
    const chosen = await run({ clips });
    expect(Object.keys(chosen.nodes).sort()).toEqual(['plan', 'render-1', 'render-2', 'render-3']);
    clips[0] = { start: clips[0].start, end: clips[0].start + 16 };
    const moved = await run({ clips });
    const ran = Object.entries(moved.nodes).filter(([, node]) => !node.cached).map(([name]) => name).sort();
    expect(ran).toEqual(['plan', 'render-1']);
    expect(moved.output.shorts[1].assetId).toBe(chosen.output.shorts[1].assetId);
    expect(moved.output.clips[0].end).toBe(clips[0].end);
  });

  it('refuses a transcript that is not Japanese, and one that runs past the end of the recording', async () => {
    const english = (await assets.put({ ownerId: owner, data: new TextEncoder().encode(englishVtt), mediaType: 'text/plain', name: 'en.vtt' })).id;
    await expect(run({ transcriptAssetId: english, planOnly: true })).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(/Japanese/) });
    const late = recording.transcript.replace('00:00:51.000 -->', '00:01:51.000 -->').replace(/--> 00:00:54\.\d+/, '--> 00:01:54.000');
    const mismatched = (await assets.put({ ownerId: owner, data: new TextEncoder().encode(late), mediaType: 'text/plain', name: 'late.vtt' })).id;
    await expect(run({ transcriptAssetId: mismatched, planOnly: true })).rejects.toMatchObject({ code: 'bad_input', message: expect.stringMatching(/runs to .* recording is only/) });
  });
});

async function frameAt(path: string, seconds: number): Promise<Buffer> {
  const result = await runFfmpeg(['-v', 'error', '-ss', seconds.toFixed(2), '-i', path, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'gray', 'pipe:1']);
  return result.stdout;
}

function meanDifference(a: Buffer, b: Buffer, width: number, fromRow: number, toRow: number): number {
  let sum = 0;
  for (let index = fromRow * width; index < toRow * width; index += 1) sum += Math.abs(a[index] - b[index]);
  return sum / ((toRow - fromRow) * width);
}

