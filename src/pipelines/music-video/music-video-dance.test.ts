import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioAnalysisSchema, type AudioAnalysis } from '../../media/audio/audio-analysis-schema.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import type { MusicVideoOutput } from './music-video-pipeline.ts';
import { characterPng, testSongWav, waitForJobEnd } from './testing/music-video-fixtures.ts';

const fps = 24;
const width = 480;
const height = 270;

/** Every frame of the video as RGB bytes, with the time it is shown at. */
function decodeFrames(path: string): Promise<{ time: number; pixels: Buffer }[]> {
  return new Promise((resolve, reject) => {
    // Every frame as stored, none dropped or repeated to fit a constant rate; showinfo says when each is shown.
    const child = spawn('ffmpeg', ['-v', 'info', '-i', path, '-vf', 'showinfo', '-fps_mode', 'passthrough', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
    const chunks: Buffer[] = [];
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`ffmpeg exited with ${code}: ${log.slice(-300)}`));
      const all = Buffer.concat(chunks);
      const size = width * height * 3;
      const times = [...log.matchAll(/\bn:\s*\d+\s+pts:\s*-?\d+\s+pts_time:(-?[\d.]+)/g)].map((match) => Number(match[1]));
      resolve(times.map((time, index) => ({ time, pixels: all.subarray(index * size, (index + 1) * size) })).filter((frame) => frame.pixels.length === size));
    });
  });
}

/**
 * The box around the character's pure magenta pixels (no palette of the illustrator's reaches it),
 * or undefined when none show: rows and columns with at least three of them, so a few stray pixels
 * of a neon flower or a dissolve do not count.
 */
function characterBox(frame: Buffer): { left: number; right: number; top: number; bottom: number } | undefined {
  const rows = new Array<number>(height).fill(0);
  const columns = new Array<number>(width).fill(0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 3;
      if (frame[at] > 215 && frame[at + 1] < 60 && frame[at + 2] > 215) {
        rows[y] += 1;
        columns[x] += 1;
      }
    }
  }
  const top = rows.findIndex((count) => count >= 3);
  if (top < 0) return undefined;
  return { top, bottom: rows.findLastIndex((count) => count >= 3), left: columns.findIndex((count) => count >= 3), right: columns.findLastIndex((count) => count >= 3) };
}

/**
 * The character moves with the music: frames on the beat against frames half a beat later in the
 * same shot. A camera move zooms or pans the whole picture and keeps the character's proportions;
 * squashing on the beat and springing up between beats do not.
 */
describe.skipIf(toolMissing('ffmpeg'))('a music video whose character dances (needs ffmpeg)', () => {
  let kiln: TestRuntime;
  let output: MusicVideoOutput;
  let analysis: AudioAnalysis;
  let frames: { time: number; pixels: Buffer }[];
  /** The first frame shown at or after `time`. */
  const frameAt = (time: number) => frames.find((frame) => frame.time >= time - 1e-3);

  beforeAll(async () => {
    kiln = await createTestRuntime();
    const song = await kiln.runtime.assets.put({ ownerId: localUserId, data: testSongWav(12, 3).wav, mediaType: 'audio/wav', name: 'song.wav' });
    const character = await kiln.runtime.assets.put({ ownerId: localUserId, data: await characterPng('#ff00ff'), mediaType: 'image/png', name: 'dancer.png' });
    const created = await kiln.runtime.jobs.create(localUserId, 'music-video', {
      songAssetId: song.id, characterAssetIds: [character.id], style: 'a dancer in a meadow by day', moments: 3, width, height, fps, dance: true,
    });
    const job = await waitForJobEnd(kiln.runtime, localUserId, created.id, 240_000);
    expect(job.error).toBeNull();
    output = job.output as MusicVideoOutput;
    analysis = audioAnalysisSchema.parse(JSON.parse(new TextDecoder().decode(await kiln.runtime.assets.read(await kiln.runtime.assets.get(localUserId, output.analysisAssetId)))));
    frames = await kiln.runtime.assets.withLocalFile(await kiln.runtime.assets.get(localUserId, output.videoAssetId), decodeFrames);
  }, 300_000);
  afterAll(() => kiln?.close());

  it('squashes and stands lowest as each beat lands, and springs up between beats', () => {
    const period = 60 / analysis.tempo.bpm;
    const pairs: { onBeat: NonNullable<ReturnType<typeof characterBox>>; between: NonNullable<ReturnType<typeof characterBox>> }[] = [];
    for (const beat of analysis.beats) {
      const onBeat = frameAt(beat);
      const between = frameAt(beat + period / 2);
      // Within one shot, and not in the jump that opens a shot on a big hit: no cut from half a second before.
      if (!onBeat || !between || output.cuts.some((cut) => cut > beat - 0.6 && cut < beat + period / 2 + 0.1)) continue;
      const first = characterBox(onBeat.pixels);
      const second = characterBox(between.pixels);
      if (first && second) pairs.push({ onBeat: first, between: second });
    }
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    const aspect = (box: { left: number; right: number; top: number; bottom: number }) => (box.right - box.left + 1) / (box.bottom - box.top + 1);
    const wider = pairs.filter((pair) => aspect(pair.onBeat) > aspect(pair.between) * 1.03).length;
    const lower = pairs.filter((pair) => pair.onBeat.bottom > pair.between.bottom + 1).length;
    expect(wider / pairs.length, `${wider} of ${pairs.length} beats squashed`).toBeGreaterThan(0.75);
    expect(lower / pairs.length, `${lower} of ${pairs.length} beats land lower`).toBeGreaterThan(0.75);
  });

  it('keeps its head and its feet in shot in every frame, close shots too', () => {
    const boxes = frames.map((frame) => characterBox(frame.pixels));
    expect(boxes.filter((box) => box !== undefined).length).toBeGreaterThan(frames.length * 0.8);
    const cropped = boxes.flatMap((box, frame) => (box && (box.top <= 0 || box.bottom >= height - 1) ? [frame] : []));
    expect(cropped, 'frames with the character cut by the top or bottom edge').toEqual([]);
  });
});
