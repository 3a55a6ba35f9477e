import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { childCpuSeconds } from '../lib/child-cpu-seconds.ts';
import { median, round } from '../lib/statistics.ts';

export interface StoryCommandTiming {
  /** Median wall seconds of `kiln story … --out DIR` (4 scenes with video), start to exit. */
  seconds: number;
  /** Median CPU seconds of the same processes, threads and ffmpeg included: steadier on a shared machine. */
  cpuSeconds: number | null;
  runs: number[];
}

export interface StoryCommandComparison {
  kiln: StoryCommandTiming;
  /** The same command from another checkout (`--baseline DIR`), or from this one's sources through tsx (`--baseline tsx`), run alternately with this one. */
  baseline?: StoryCommandTiming & { checkout: string };
}

const idea = 'a sleepy dragon who lost his blanket';

async function timeOnce(kilnBin: string, seed: number, env: Record<string, string> = {}): Promise<{ wall: number; cpu: number | null }> {
  const out = await mkdtemp(join(tmpdir(), 'kiln-story-bench-out-'));
  await rm(out, { recursive: true });
  const args = [kilnBin, 'story', idea, '--name', 'Mia', '--age', '5', '--interests', 'space,cats', '--seed', String(seed), '--out', out, '--json'];
  const cpuBefore = await childCpuSeconds();
  const started = performance.now();
  try {
    await new Promise<void>((done, fail) => {
      const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.on('error', fail);
      child.on('close', (code) => (code === 0 ? done() : fail(new Error(`kiln story exited with ${code}: ${errors.slice(-500)}`))));
    });
  } finally {
    await rm(out, { recursive: true, force: true });
  }
  const wall = (performance.now() - started) / 1000;
  const cpuAfter = await childCpuSeconds();
  return { wall, cpu: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

function summarise(samples: Array<{ wall: number; cpu: number | null }>): StoryCommandTiming {
  const cpu = samples.every((sample) => sample.cpu !== null) ? round(median(samples.map((sample) => sample.cpu!)), 2) : null;
  return { seconds: round(median(samples.map((sample) => sample.wall)), 2), cpuSeconds: cpu, runs: samples.map((sample) => round(sample.wall, 2)) };
}

/**
 * Times `kiln story` as a user runs it, a whole process each time (Node's start-up, the temporary
 * database, narration, pictures, the video and the export included). With a baseline checkout the
 * two alternate, run by run, so a busy machine slows both alike. One untimed run of each first
 * (disk cache, and the caches a first run fills). The baseline `tsx` is this checkout's command with
 * KILN_BUNDLE=0: its sources compiled by tsx on load instead of its prebuilt bundle.
 */
export async function timeStoryCommand(runs: number, baselineCheckout?: string): Promise<StoryCommandComparison> {
  const kilnBin = new URL('../../bin/kiln.js', import.meta.url).pathname;
  const throughTsx = baselineCheckout === 'tsx';
  const baselineBin = throughTsx ? kilnBin : baselineCheckout ? join(resolve(baselineCheckout), 'bin', 'kiln.js') : undefined;
  const baselineEnv: Record<string, string> = throughTsx ? { KILN_BUNDLE: '0' } : {};
  await timeOnce(kilnBin, 0);
  if (baselineBin) await timeOnce(baselineBin, 0, baselineEnv);
  const kiln: Array<{ wall: number; cpu: number | null }> = [];
  const baseline: Array<{ wall: number; cpu: number | null }> = [];
  for (let run = 1; run <= runs; run += 1) {
    kiln.push(await timeOnce(kilnBin, run));
    if (baselineBin) baseline.push(await timeOnce(baselineBin, run, baselineEnv));
  }
  return { kiln: summarise(kiln), ...(baselineCheckout ? { baseline: { ...summarise(baseline), checkout: baselineCheckout } } : {}) };
}
