// Music video end to end with the built-in backends, as a person runs it: `node bin/kiln.js musicvideo`
// on a synthetic three-minute song and one character picture, the whole process timed (Node's start,
// the database, analyze → images → video, the copies out). Then ffmpeg alone encodes the same output
// (same length, size, frame rate, x264 veryfast crf 23 and AAC settings): the encoder floor. Printed
// as ratios of that floor, in wall time (goal: the whole process at most 1.25×) and in CPU seconds
// (the command and all its children against ffmpeg's), which stays meaningful when other work shares
// the machine; the video step alone is printed beside them. Render and reference alternate `--runs`
// times (each render in a fresh data folder, so nothing is cached); medians. The last line is JSON.
// With --profile every ffmpeg the command starts goes through a logging stand-in (ffmpeg-cpu-log.ts),
// and the CPU seconds are split by stage: the song's decode for the analysis, the probes, the shots,
// the song's AAC, the join, and what is left, Node's own (start-up, database, analysis, pictures).
// Run: npx tsx bench/music-video/run-music-video-bench.ts [--runs 3] [--seconds 180] [--moments 7] [--width 960] [--height 540] [--fps 24] [--profile]
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { renderTestSongWav } from '../../src/media/audio/testing/render-test-song.ts';
import { probeMedia } from '../../src/media/video/probe-media.ts';
import { characterPng } from '../../src/pipelines/music-video/testing/music-video-fixtures.ts';
import { median, round } from '../lib/statistics.ts';
import { childCpuSeconds } from '../lib/child-cpu-seconds.ts';
import { timeEncodeAlone } from './time-encode-alone.ts';
import { findFfmpeg } from '../../src/media/ffmpeg/find-ffmpeg.ts';
import { readFfmpegStages, writeFfmpegCpuLogger, type FfmpegStage } from './ffmpeg-cpu-log.ts';

const kilnBin = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '180' },
    moments: { type: 'string', default: '7' },
    width: { type: 'string', default: '960' },
    height: { type: 'string', default: '540' },
    fps: { type: 'string', default: '24' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
  },
});

interface RunResult {
  steps: Record<string, number>;
  /** `kiln musicvideo` from start to exit. */
  totalSeconds: number;
  /** CPU seconds of the command and every process it waited for (ffmpeg, its threads' work). */
  cpuSeconds: number | null;
  encodeAlone: Awaited<ReturnType<typeof timeEncodeAlone>>;
  cuts: number;
  pictures: number;
  videoDuration: number | undefined;
  durationError: number | null;
  /** With --profile: CPU seconds of each kind of ffmpeg call, and the rest (Node's own). */
  profile?: { stages: Record<string, FfmpegStage>; node_cpu_s: number | null };
}

interface CliAnswer {
  files: string[];
  steps: Record<string, { seconds: number }>;
  output: { cuts: number[]; imageAssetIds: string[]; duration: number };
}

/** Runs `kiln musicvideo … --json` in `directory` as its data folder; its answer and its wall time. */
function runKiln(directory: string, songPath: string, characterPath: string, ffmpegPath?: string): Promise<{ answer: CliAnswer; seconds: number }> {
  const args = [
    kilnBin, 'musicvideo', songPath, '--character', characterPath, '--style', 'a fox and a robot in a neon city at night',
    '--moments', values.moments!, '--width', values.width!, '--height', values.height!, '--fps', values.fps!,
    '--out', join(directory, 'out'), '--json',
  ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // ffmpeg started by the command directly, not through its spawner process, so that its CPU time
    // reaches this process's waited-for children (/proc/self/stat) when the command exits.
    const child = spawn(process.execPath, args, {
      cwd: directory, env: { ...process.env, KILN_DATA_DIR: directory, KILN_FFMPEG_SPAWNER: '0', ...(ffmpegPath ? { KILN_FFMPEG: ffmpegPath } : {}) }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) reject(new Error(`kiln musicvideo exited with ${code}: ${stdout.slice(-500)}`));
      else resolve({ answer: JSON.parse(stdout.trim().split('\n').at(-1)!) as CliAnswer, seconds });
    });
  });
}

/** One render of the whole music video in a fresh data folder, then ffmpeg alone encoding its output. */
async function renderOnce(directory: string, songPath: string, characterPath: string, logger?: { path: string; logPath: string }): Promise<RunResult> {
  const cpuBefore = await childCpuSeconds();
  const { answer, seconds: totalSeconds } = await runKiln(directory, songPath, characterPath, logger?.path);
  const cpuAfter = await childCpuSeconds();
  const cpuSeconds = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  let profile: RunResult['profile'];
  if (logger) {
    const stages = await readFfmpegStages(logger.logPath);
    const ffmpegCpu = Object.values(stages).reduce((sum, stage) => sum + stage.cpu_s, 0);
    profile = { stages, node_cpu_s: cpuSeconds === null ? null : round(cpuSeconds - ffmpegCpu, 2) };
    for (const [name, stage] of Object.entries(stages)) console.log(`ffmpeg ${name.padEnd(16)} ${stage.calls} calls, CPU ${stage.cpu_s.toFixed(2).padStart(6)} s, wall ${stage.wall_s.toFixed(2).padStart(6)} s summed`);
    if (profile.node_cpu_s !== null) console.log(`node's own CPU          ${profile.node_cpu_s.toFixed(2).padStart(6)} s (the command's CPU ${cpuSeconds!.toFixed(2)} s less its ffmpeg calls')`);
  }
  const steps = Object.fromEntries(Object.entries(answer.steps).map(([name, step]) => [name, step.seconds]));
  for (const [name, stepSeconds] of Object.entries(steps)) console.log(`${name.padEnd(8)} ${stepSeconds.toFixed(2).padStart(7)} s`);
  const videoPath = answer.files[0];
  const probed = await probeMedia(videoPath);
  console.log(`total    ${totalSeconds.toFixed(2).padStart(7)} s for a ${values.seconds} s song at ${values.width}x${values.height}, ${values.fps} fps, ${answer.output.imageAssetIds.length} pictures (kiln musicvideo, whole process)`);
  const encodeAlone = await timeEncodeAlone(videoPath, Number(values.fps), join(directory, 'encode-alone.mp4'));
  console.log(`ffmpeg alone encoding the same output ${encodeAlone.encode_s.toFixed(2)} s (transcode ${encodeAlone.transcode_s.toFixed(2)} s less decode ${encodeAlone.decode_s.toFixed(2)} s)`);
  return {
    steps, totalSeconds, cpuSeconds, encodeAlone, ...(profile ? { profile } : {}),
    cuts: answer.output.cuts.length, pictures: answer.output.imageAssetIds.length, videoDuration: probed.duration,
    durationError: probed.duration === undefined ? null : round(Math.abs(probed.duration - answer.output.duration), 3),
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
  const logger = values.profile ? await writeFfmpegCpuLogger(directory, await findFfmpeg()) : undefined;
  const results: RunResult[] = [];
  for (let index = 0; index < Number(values.runs); index++) {
    console.log(`run ${index + 1} of ${values.runs}`);
    const runDirectory = join(directory, `run-${index}`);
    await mkdir(runDirectory);
    results.push(await renderOnce(runDirectory, songPath, characterPath, logger));
    await rm(runDirectory, { recursive: true, force: true });
  }
  const medianOf = (pick: (result: RunResult) => number | null) => {
    const picked = results.map(pick);
    return picked.every((value) => value !== null) ? median(picked as number[]) : null;
  };
  const totalSeconds = medianOf((result) => result.totalSeconds)!;
  const videoSeconds = medianOf((result) => result.steps.video)!;
  const encodeSeconds = medianOf((result) => result.encodeAlone.encode_s)!;
  const totalCpu = medianOf((result) => result.cpuSeconds);
  const encodeCpu = medianOf((result) => result.encodeAlone.encode_cpu_s);
  const ratio = round(totalSeconds / encodeSeconds, 2);
  const cpuRatio = totalCpu === null || encodeCpu === null ? null : round(totalCpu / encodeCpu, 2);
  const [load] = loadavg();
  console.log(`\nMedians of ${results.length}: kiln musicvideo ${totalSeconds.toFixed(2)} s (video step ${videoSeconds.toFixed(2)} s), ffmpeg alone ${encodeSeconds.toFixed(2)} s, ratio ${ratio} (goal 1.25)`
    + (cpuRatio === null ? '' : `; CPU ${totalCpu!.toFixed(1)} s vs ${encodeCpu!.toFixed(1)} s, ratio ${cpuRatio}`) + `; load average ${load.toFixed(1)} on ${availableParallelism()} cores`);
  const last = results.at(-1)!;
  console.log(JSON.stringify({
    song_seconds: seconds,
    size: `${values.width}x${values.height}`,
    fps: Number(values.fps),
    pictures: last.pictures,
    cuts: last.cuts,
    runs: results.length,
    steps_s: Object.fromEntries(Object.keys(last.steps).map((name) => [name, round(medianOf((result) => result.steps[name] ?? null) ?? 0, 2)])),
    total_s: round(totalSeconds, 2),
    encode_alone_s: round(encodeSeconds, 2),
    whole_process_vs_encode_alone: ratio,
    video_step_vs_encode_alone: round(videoSeconds / encodeSeconds, 2),
    cpu_s: totalCpu === null ? null : round(totalCpu, 1),
    encode_alone_cpu_s: encodeCpu === null ? null : round(encodeCpu, 1),
    whole_process_vs_encode_alone_cpu: cpuRatio,
    per_run: results.map((result) => ({ total_s: round(result.totalSeconds, 2), video_s: round(result.steps.video, 2), encode_alone_s: round(result.encodeAlone.encode_s, 2), transcode_s: round(result.encodeAlone.transcode_s, 2), decode_s: round(result.encodeAlone.decode_s, 2),
      ...(result.profile ? { cpu_s: result.cpuSeconds === null ? null : round(result.cpuSeconds, 2), encode_alone_cpu_s: result.encodeAlone.encode_cpu_s === null ? null : round(result.encodeAlone.encode_cpu_s, 2), node_cpu_s: result.profile.node_cpu_s, ffmpeg_cpu_s: Object.fromEntries(Object.entries(result.profile.stages).map(([name, stage]) => [name, round(stage.cpu_s, 2)])) } : {}) })),
    cores: availableParallelism(),
    load_average: round(load, 1),
    video_duration_s: last.videoDuration,
    duration_error_s: last.durationError,
  }));
} finally {
  await rm(directory, { recursive: true, force: true });
}
