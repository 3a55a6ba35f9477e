import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../../../runtime/testing/tool-missing.ts';
import { renderShort } from './render-short.ts';
import { shortsInputSchema } from './shorts-contracts.ts';
import { makeTestRecording } from './testing/make-test-recording.ts';

const run = promisify(execFile);
const subtitles = [{ start: 0, end: 2, japanese: 'スパチャありがとう！草！', english: 'スパチャ = Super Chat · 草 = lol' }];

describe.skipIf(toolMissing('ffmpeg'))('renderShort (needs ffmpeg and ffprobe)', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'kiln-render-short-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('renders at the product default, 1080×1920 H.264 + AAC, from an audio-only recording', async () => {
    const { width, height } = shortsInputSchema.parse({ recordingAssetId: 'r', transcriptAssetId: 't' });
    const recordingPath = join(folder, 'stream.wav');
    await makeTestRecording(recordingPath, { seconds: 4, lines: [{ at: 0, text: 'スパチャありがとう', gain: 1 }] });
    const outputPath = join(folder, 'short.mp4');
    await renderShort({ recordingPath, hasVideo: false, start: 0.5, end: 1.7, subtitles, width, height, workDir: join(folder, 'work'), outputPath });
    const { stdout } = await run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height:format=duration', '-of', 'json', outputPath]);
    const probed = JSON.parse(stdout) as { streams: { codec_name: string; width?: number; height?: number }[]; format: { duration: string } };
    expect(probed.streams).toEqual(expect.arrayContaining([{ codec_name: 'h264', width: 1080, height: 1920 }, { codec_name: 'aac' }]));
    expect(Number(probed.format.duration)).toBeCloseTo(1.2, 0);
  });
});
