// Music video end to end with the built-in backends: a synthetic three-minute song and one character
// picture through analyze → images → video, as `kiln musicvideo` runs it: the runtime on a fresh data
// folder, the song stored as FLAC as an upload is, a `music-video` job run by this process's worker
// (the inputs are stored before the clock starts, as an upload is done before a job). Prints each
// step's wall time, the whole run, and the CPU seconds spent (this process and its ffmpeg children),
// which stays meaningful when other work shares the machine. Then ffmpeg alone encodes the same
// output (same length, size, frame rate, x264 and AAC settings) and the render's time is printed as a
// ratio of that (goal: at most 1.25), in wall time and in ffmpeg's CPU seconds. Render and reference
// alternate `--runs` times (each render in a fresh data folder, so nothing is cached); medians. The
// last line is JSON.
// Run: npx tsx bench/music-video/run-music-video-bench.ts [--runs 3] [--seconds 180] [--moments 7] [--width 960] [--height 540] [--fps 24]
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { storeMusicVideoInputs } from '../../src/cli/store-music-video-inputs.ts';
import { waitForJob } from '../../src/cli/wait-for-job.ts';
import { loadConfig } from '../../src/config/index.ts';
import { renderTestSongWav } from '../../src/media/audio/testing/render-test-song.ts';
import { probeMedia } from '../../src/media/video/probe-media.ts';
import type { AssetStore } from '../../src/runtime/contracts.ts';
import type { MusicVideoOutput } from '../../src/pipelines/music-video/music-video-pipeline.ts';
import { characterPng } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import { localUserId } from '../../src/runtime/local-user.ts';
import { median, round } from '../lib/statistics.ts';
import { childCpuSeconds } from '../lib/child-cpu-seconds.ts';
import { timeEncodeAlone } from './time-encode-alone.ts';

// ffmpeg's CPU time is read from this process's waited-for children (/proc/self/stat), so ffmpeg must
// be this process's child: started through the long-lived spawner process it would not be counted.
process.env.KILN_FFMPEG_SPAWNER = '0';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '180' },
    moments: { type: 'string', default: '7' },
    width: { type: 'string', default: '960' },
    height: { type: 'string', default: '540' },
    fps: { type: 'string', default: '24' },
    runs: { type: 'string', default: '3' },
  },
});

/** CPU seconds of this process plus every child it has waited for (ffmpeg), from /proc on Linux. */
async function cpuSeconds(): Promise<number | null> {
  try {
    const fields = (await readFile('/proc/self/stat', 'utf8')).split(') ')[1].split(' ');
    // After the command name: utime, stime, cutime, cstime are fields 12–15 (0-based 11–14), in clock ticks.
    const ticks = fields.slice(11, 15).reduce((sum, value) => sum + Number(value), 0);
    return ticks / 100;
  } catch {
    return null;
  }
}

interface RunResult {
  steps: Record<string, number>;
  totalSeconds: number;
  cpuSeconds: number | null;
  /** ffmpeg's CPU seconds during the video step. */
  videoCpu: number | null;
  encodeAlone: Awaited<ReturnType<typeof timeEncodeAlone>>;
  cuts: number;
  pictures: number;
  videoDuration: number | undefined;
  durationError: number | null;
}

/** One render of the whole music video in a fresh data folder, then ffmpeg alone encoding its output. */
async function renderOnce(directory: string, songPath: string, characterPath: string): Promise<RunResult> {
  const config = await loadConfig({ cwd: directory, env: { ...process.env, KILN_DATA_DIR: directory } });
  const steps: Record<string, number> = {};
  // Children's CPU seconds (ffmpeg) when each step ended, for the video step's own share.
  const childCpuAtEnd: Array<Promise<number | null>> = [childCpuSeconds()];
  const runtime = await createRuntime({
    config,
    cwd: directory,
    withWorker: true,
    workerConcurrency: 1,
    onProgressEvent: (event) => {
      if (event.type === 'step-end') {
        steps[event.step] = event.durationMs / 1000;
        childCpuAtEnd.push(childCpuSeconds());
        console.log(`${event.step.padEnd(8)} ${(event.durationMs / 1000).toFixed(2).padStart(7)} s${event.servedBy.length ? `  (${[...new Set(event.servedBy)].join(', ')})` : ''}`);
      }
    },
  });
  try {
    const inputs = await storeMusicVideoInputs(runtime.assets, songPath, [characterPath]);
    childCpuAtEnd[0] = childCpuSeconds();
    const cpuBefore = await cpuSeconds();
    const started = performance.now();
    const created = await runtime.jobs.create(localUserId, 'music-video', {
      ...inputs,
      style: 'a fox and a robot in a neon city at night',
      moments: Number(values.moments),
      width: Number(values.width),
      height: Number(values.height),
      fps: Number(values.fps),
    });
    const job = await waitForJob(runtime, created, { json: true });
    if (job.state !== 'succeeded') throw new Error(`The music video job ${job.state}: ${job.error?.message ?? ''}`);
    const output = job.output as MusicVideoOutput;
    return await measureRender(directory, output, steps, childCpuAtEnd, cpuBefore, started, runtime.assets);
  } finally {
    await runtime.close();
  }
}

/** The figures of one finished render, then ffmpeg alone encoding its video. */
async function measureRender(
  directory: string, output: MusicVideoOutput, steps: Record<string, number>, childCpuAtEnd: Array<Promise<number | null>>,
  cpuBefore: number | null, started: number, assets: AssetStore,
): Promise<RunResult> {
  const totalSeconds = (performance.now() - started) / 1000;
  const cpuAfter = await cpuSeconds();
  const childCpu = await Promise.all(childCpuAtEnd);
  const videoIndex = Object.keys(steps).indexOf('video') + 1;
  const videoCpu = childCpu[videoIndex] === null || childCpu[videoIndex - 1] === null ? null : childCpu[videoIndex]! - childCpu[videoIndex - 1]!;
  const video = await assets.get(localUserId, output.videoAssetId);
  const probed = await assets.withLocalFile(video, probeMedia);
  console.log(`total    ${totalSeconds.toFixed(2).padStart(7)} s for a ${values.seconds} s song at ${values.width}x${values.height}, ${values.fps} fps, ${output.imageAssetIds.length} pictures`);
  const encodeAlone = await assets.withLocalFile(video, (path) => timeEncodeAlone(path, Number(values.fps), join(directory, 'encode-alone.mp4')));
  console.log(`ffmpeg alone encoding the same output ${encodeAlone.encode_s.toFixed(2)} s (transcode ${encodeAlone.transcode_s.toFixed(2)} s less decode ${encodeAlone.decode_s.toFixed(2)} s)`);
  return {
    steps, totalSeconds, cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, videoCpu, encodeAlone,
    cuts: output.cuts.length, pictures: output.imageAssetIds.length, videoDuration: probed.duration,
    durationError: probed.duration === undefined ? null : round(Math.abs(probed.duration - output.duration), 3),
  };
}

const directory = await mkdtemp(join(tmpdir(), 'kiln-music-video-bench-'));
try {
  const seconds = Number(values.seconds);
  const { wav } = renderTestSongWav({ style: 'electronic', bpm: 124, seconds, seed: 2024, sampleRate: 44100 });
  const songPath = join(directory, 'song.wav');
  const characterPath = join(directory, 'hero.png');
  await writeFile(songPath, wav);
  await writeFile(characterPath, await characterPng());
  const results: RunResult[] = [];
  for (let index = 0; index < Number(values.runs); index++) {
    console.log(`run ${index + 1} of ${values.runs}`);
    const runDirectory = join(directory, `run-${index}`);
    await mkdir(runDirectory);
    results.push(await renderOnce(runDirectory, songPath, characterPath));
    await rm(runDirectory, { recursive: true, force: true });
  }
  const medianOf = (pick: (result: RunResult) => number | null) => {
    const picked = results.map(pick);
    return picked.every((value) => value !== null) ? median(picked as number[]) : null;
  };
  const videoSeconds = medianOf((result) => result.steps.video)!;
  const encodeSeconds = medianOf((result) => result.encodeAlone.encode_s)!;
  const videoCpu = medianOf((result) => result.videoCpu);
  const encodeCpu = medianOf((result) => result.encodeAlone.encode_cpu_s);
  const ratio = round(videoSeconds / encodeSeconds, 2);
  const cpuRatio = videoCpu === null || encodeCpu === null ? null : round(videoCpu / encodeCpu, 2);
  console.log(`\nMedians of ${results.length}: video step ${videoSeconds.toFixed(2)} s, ffmpeg alone ${encodeSeconds.toFixed(2)} s, ratio ${ratio} (goal 1.25)`
    + (cpuRatio === null ? '' : `; ffmpeg CPU ${videoCpu!.toFixed(1)} s vs ${encodeCpu!.toFixed(1)} s, ratio ${cpuRatio}`));
  const last = results.at(-1)!;
  console.log(JSON.stringify({
    song_seconds: seconds,
    size: `${values.width}x${values.height}`,
    fps: Number(values.fps),
    pictures: last.pictures,
    cuts: last.cuts,
    runs: results.length,
    steps_s: Object.fromEntries(Object.keys(last.steps).map((name) => [name, round(medianOf((result) => result.steps[name] ?? null) ?? 0, 2)])),
    total_s: round(medianOf((result) => result.totalSeconds)!, 2),
    encode_alone_s: round(encodeSeconds, 2),
    render_vs_encode_alone: ratio,
    video_step_ffmpeg_cpu_s: videoCpu === null ? null : round(videoCpu, 1),
    encode_alone_cpu_s: encodeCpu === null ? null : round(encodeCpu, 1),
    render_vs_encode_alone_cpu: cpuRatio,
    per_run: results.map((result) => ({ video_s: round(result.steps.video, 2), encode_alone_s: round(result.encodeAlone.encode_s, 2), transcode_s: round(result.encodeAlone.transcode_s, 2), decode_s: round(result.encodeAlone.decode_s, 2) })),
    cpu_s: medianOf((result) => result.cpuSeconds) === null ? null : round(medianOf((result) => result.cpuSeconds)!, 1),
    cores: availableParallelism(),
    video_duration_s: last.videoDuration,
    duration_error_s: last.durationError,
  }));
} finally {
  await rm(directory, { recursive: true, force: true });
}
