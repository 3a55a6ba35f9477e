import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWav } from '../../providers/builtin/narrator/wav-audio.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { clipSeconds, framesPerSecond } from './render-scene-clip.ts';
import { createStoryStore } from './story-store.ts';

const run = promisify(execFile);
let testRuntime: TestRuntime;
beforeAll(async () => {
  testRuntime = await createTestRuntime();
}, 60_000);
afterAll(async () => {
  await testRuntime?.close();
});

const profile = { id: null, name: 'Mia', age: 5, interests: ['space'], favouriteThings: [], readingLevel: 'auto', language: 'en', preferredVoice: null };

async function finishedStory(input: Record<string, unknown>) {
  const { jobs } = testRuntime.runtime;
  const created = await jobs.create('local', 'story', { profile, prompt: 'a bunny who bakes a cake', video: true, ...input });
  let job = await jobs.get('local', created.id);
  while (!['succeeded', 'failed', 'cancelled'].includes(job.state)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = await jobs.get('local', created.id);
  }
  expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
  return createStoryStore(testRuntime.runtime.database!).get('local', (job.output as { storyId: string }).storyId);
}

async function videoSize(assetId: string): Promise<[number, number]> {
  const { assets } = testRuntime.runtime;
  const { stdout } = await assets.withLocalFile(await assets.get('local', assetId), (path) => run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'json', path]));
  const { width, height } = (JSON.parse(stdout) as { streams: { width: number; height: number }[] }).streams[0];
  return [width, height];
}

describe('story video step', () => {
  it('has the pictures\' own shape, or 9:16 when asked for', async () => {
    const { assets } = testRuntime.runtime;
    const landscape = await finishedStory({ scenes: 1, seed: 5 });
    const picture = await assets.get('local', landscape.content.scenes[0].imageAssetId);
    const [width, height] = await videoSize(landscape.content.videoAssetId!);
    expect(width / height).toBeCloseTo(Number(picture.metadata.width) / Number(picture.metadata.height), 2);
    const portrait = await finishedStory({ scenes: 1, seed: 5, videoShape: 'portrait' });
    expect(await videoSize(portrait.content.videoAssetId!)).toEqual([576, 1024]);
  }, 90_000);

  it('joins the scene clips with the narration and a mov_text track, cues on the clips’ timeline', async () => {
    const { jobs, assets } = testRuntime.runtime;
    const created = await jobs.create('local', 'story', { profile, prompt: 'a bunny who bakes a cake', scenes: 2, video: true, seed: 3 });
    let job = await jobs.get('local', created.id);
    while (!['succeeded', 'failed', 'cancelled'].includes(job.state)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await jobs.get('local', created.id);
    }
    expect(job.state, JSON.stringify(job.error)).toBe('succeeded');
    const story = await createStoryStore(testRuntime.runtime.database!).get('local', (job.output as { storyId: string }).storyId);
    const video = await assets.get('local', story.content.videoAssetId!);
    const { stdout } = await assets.withLocalFile(video, (path) => run('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,codec_type,nb_frames,duration', '-of', 'json', path]));
    const streams = (JSON.parse(stdout) as { streams: { codec_name: string; codec_type: string; nb_frames?: string; duration?: string }[] }).streams;
    expect(streams.map((stream) => stream.codec_name).sort()).toEqual(['aac', 'h264', 'mov_text']);

    const expected = Number(video.metadata.durationSeconds);
    const videoStream = streams.find((stream) => stream.codec_type === 'video')!;
    const audioStream = streams.find((stream) => stream.codec_type === 'audio')!;
    expect(Number(videoStream.nb_frames)).toBe(Math.round(expected * framesPerSecond));
    // The narration is padded to each clip's whole frames, so sound and picture end together.
    expect(Math.abs(Number(audioStream.duration) - expected)).toBeLessThan(0.1);

    // The second scene's first cue starts where the first clip ends, not where its narration ended.
    const firstAudio = readWav(await assets.read(await assets.get('local', story.content.scenes[0].audioAssetId)));
    const firstClip = clipSeconds(firstAudio.samples.length / firstAudio.sampleRate);
    const vtt = new TextDecoder().decode(await assets.read(await assets.get('local', story.content.subtitlesAssetId!)));
    const cueStarts = [...vtt.matchAll(/^(\d\d):(\d\d):(\d\d)\.(\d{3}) -->/gm)].map((match) => Number(match[2]) * 60 + Number(match[3]) + Number(match[4]) / 1000);
    const sentences = story.content.scenes.reduce((sum, scene) => sum + scene.timings.length, 0);
    expect(cueStarts.length).toBe(sentences);
    const secondSceneStart = cueStarts[story.content.scenes[0].timings.length];
    expect(secondSceneStart).toBeCloseTo(firstClip + story.content.scenes[1].timings[0].start, 2);
  }, 90_000);
});
