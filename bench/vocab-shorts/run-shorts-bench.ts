// Shorts against plain ffmpeg (issue 29): `node bin/kiln.js vocab shorts RECORDING --transcript FILE
// --count 5` on a generated 5-minute camera-sized stream, the whole process timed (Node's start, the
// database, the plan with its loudness pass, five 1080×1920 renders with subtitles and poster frames,
// the copies out). The reference, in the same run: ffmpeg alone cutting the same five spans (read back
// from Kiln's answer) plainly to 1080×1920 with the same x264 and AAC settings (encode-clips-plainly.ts).
// The two alternate `--runs` times (each Kiln run in a fresh data folder, so nothing is cached), after
// one untimed `kiln --version` that builds the CLI bundle. Printed as ratios of the reference in wall
// time (goal: at most 1.25×) and in CPU seconds of every child process, which a shared machine
// disturbs less. The recording is kept in --cache between runs. The last line is JSON.
// `--reference crop` crops the reference's picture to fill the frame instead of padding it with black
// (bars cost x264 next to nothing, a full frame about as much as Kiln's blurred background).
// Run: npm run bench:shorts [-- --runs 3] [-- --seconds 300] [-- --width 1280 --height 720] [-- --reference pad|crop] [-- --cache DIR]
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { childCpuSeconds } from '../lib/child-cpu-seconds.ts';
import { median, round } from '../lib/statistics.ts';
import { encodeClipsPlainly, type PlainFit } from './encode-clips-plainly.ts';
import { makeBenchStream } from './make-bench-stream.ts';

const kilnBin = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '300' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '720' },
    reference: { type: 'string', default: 'pad' },
    cache: { type: 'string', default: join(tmpdir(), 'kiln-shorts-bench') },
  },
});
if (values.reference !== 'pad' && values.reference !== 'crop') throw new Error('--reference is pad or crop.');
const fit: PlainFit = values.reference;
const shortWidth = 1080;
const shortHeight = 1920;

interface KilnAnswer {
  clips: { index: number; start: number; end: number }[];
  steps: Record<string, { seconds: number }>;
}

/** `kiln vocab shorts … --count 5 --json` in a fresh data folder: its answer, wall and CPU seconds. */
async function runKiln(folder: string, recordingPath: string, transcriptPath: string): Promise<{ answer: KilnAnswer; seconds: number; cpuSeconds: number | null }> {
  const args = [kilnBin, 'vocab', 'shorts', recordingPath, '--transcript', transcriptPath, '--count', '5', '--out', join(folder, 'out'), '--json'];
  const cpuBefore = await childCpuSeconds();
  const started = performance.now();
  const stdout = await new Promise<string>((resolve, reject) => {
    // ffmpeg through the spawner process, as a user's command runs it: the command waits for the
    // spawner at its end (main.ts), so every ffmpeg's CPU time reaches this process's waited-for
    // children (/proc/self/stat). `KILN_FFMPEG_SPAWNER=0` in the environment times direct starts instead.
    const child = spawn(process.execPath, args, {
      cwd: folder, env: { ...process.env, KILN_DATA_DIR: join(folder, 'data') }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`kiln vocab shorts exited with ${code}: ${output.slice(-500)}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = await childCpuSeconds();
  const answer = JSON.parse(stdout.trim().split('\n').at(-1)!) as KilnAnswer;
  return { answer, seconds, cpuSeconds: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function runVersion(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [kilnBin, '--version'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve());
  });
}

await mkdir(values.cache!, { recursive: true });
const stream = await makeBenchStream(values.cache!, Number(values.seconds), Number(values.width), Number(values.height));
await runVersion();
const loadBefore = loadavg()[0];
const runs: { kiln_s: number; kiln_cpu_s: number | null; plain_s: number; plain_cpu_s: number | null; steps_s: Record<string, number> }[] = [];
let clips: KilnAnswer['clips'] = [];
for (let run = 1; run <= Number(values.runs); run += 1) {
  const folder = await mkdtemp(join(tmpdir(), 'kiln-shorts-bench-run-'));
  try {
    const kiln = await runKiln(folder, stream.recordingPath, stream.transcriptPath);
    clips = kiln.answer.clips;
    const plain = await encodeClipsPlainly(stream.recordingPath, clips, fit, shortWidth, shortHeight, folder);
    const steps = Object.fromEntries(Object.entries(kiln.answer.steps).map(([name, step]) => [name, round(step.seconds, 2)]));
    runs.push({ kiln_s: round(kiln.seconds, 2), kiln_cpu_s: kiln.cpuSeconds === null ? null : round(kiln.cpuSeconds, 2), plain_s: round(plain.seconds, 2), plain_cpu_s: plain.cpuSeconds === null ? null : round(plain.cpuSeconds, 2), steps_s: steps });
    console.log(`run ${run}: kiln ${kiln.seconds.toFixed(1)} s wall, ${kiln.cpuSeconds?.toFixed(1)} s CPU; plain ffmpeg ${plain.seconds.toFixed(1)} s wall, ${plain.cpuSeconds?.toFixed(1)} s CPU; steps ${JSON.stringify(steps)}`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
const medianOf = (pick: (run: (typeof runs)[number]) => number | null) => {
  const picked = runs.map(pick);
  return picked.every((value) => value !== null) ? median(picked as number[]) : null;
};
const kilnSeconds = medianOf((run) => run.kiln_s)!;
const plainSeconds = medianOf((run) => run.plain_s)!;
const kilnCpu = medianOf((run) => run.kiln_cpu_s);
const plainCpu = medianOf((run) => run.plain_cpu_s);
const wallRatio = round(kilnSeconds / plainSeconds, 2);
const cpuRatio = kilnCpu === null || plainCpu === null ? null : round(kilnCpu / plainCpu, 2);
const load = [loadBefore, loadavg()[0]].map((value) => round(value, 1));
const clipSeconds = round(clips.reduce((sum, clip) => sum + clip.end - clip.start, 0), 1);
console.log(`\nMedians of ${runs.length}: kiln vocab shorts ${kilnSeconds.toFixed(1)} s, plain ffmpeg (${fit}) ${plainSeconds.toFixed(1)} s, ratio ${wallRatio} (goal 1.25)`
  + (cpuRatio === null ? '' : `; CPU ${kilnCpu!.toFixed(1)} s vs ${plainCpu!.toFixed(1)} s, ratio ${cpuRatio}`) + `; ${clips.length} clips, ${clipSeconds} s; load average ${load.join(' → ')} on ${availableParallelism()} cores`);
console.log(JSON.stringify({
  recording: `${values.width}x${values.height} 30 fps, ${values.seconds} s`, short_size: `${shortWidth}x${shortHeight}`, reference: `plain ffmpeg, ${fit}`,
  clips: clips.map((clip) => [clip.start, clip.end]), clip_seconds: clipSeconds, runs: runs.length,
  kiln_s: kilnSeconds, plain_ffmpeg_s: plainSeconds, wall_ratio: wallRatio,
  kiln_cpu_s: kilnCpu, plain_ffmpeg_cpu_s: plainCpu, cpu_ratio: cpuRatio,
  per_run: runs, cores: availableParallelism(), load_average: load,
}));
