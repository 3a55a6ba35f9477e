import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audioAnalysisSchema, type AudioAnalysis } from '../../media/audio/audio-analysis-schema.ts';
import { localUserId } from '../../runtime/local-user.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import type { MusicVideoOutput } from './music-video-pipeline.ts';
import { characterPng, testSongWav, waitForJobEnd } from './testing/music-video-fixtures.ts';
import { characterBoxOf, decodeVideoFrames } from './testing/video-frames.ts';

const fps = 24;
const width = 480;
const height = 270;
const characterBox = (frame: Buffer) => characterBoxOf(frame, width, height);

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
    frames = await kiln.runtime.assets.withLocalFile(await kiln.runtime.assets.get(localUserId, output.videoAssetId), (path) => decodeVideoFrames(path, width, height));
  }, 300_000);
  afterAll(() => kiln?.close());

  it('squashes and stands lowest as each beat lands, and springs up between beats', () => {
    const period = 60 / analysis.tempo.bpm;
    const pairs: { onBeat: NonNullable<ReturnType<typeof characterBoxOf>>; between: NonNullable<ReturnType<typeof characterBoxOf>> }[] = [];
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
