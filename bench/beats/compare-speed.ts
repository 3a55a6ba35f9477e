import { spawn } from 'node:child_process';
import { childCpuSeconds } from '../lib/child-cpu-seconds.ts';
import { median } from './beat-scores.ts';

export interface SpeedComparison {
  kiln_ms: number;
  aubio_ms: number;
  /** kiln analyze / aubio beat, whole processes: below 1 means Kiln is faster. */
  ratio: number;
  /** The same in CPU time (user + system, ffmpeg included): steadier than wall time on a shared machine. */
  kiln_cpu_ms: number | null;
  aubio_cpu_ms: number | null;
  cpu_ratio: number | null;
  runs: number;
}

const kilnBin = new URL('../../bin/kiln.js', import.meta.url).pathname;

/**
 * Times `kiln analyze <file> --json` and `aubio beat <file>` as whole processes (start-up, decoding
 * and output included), alternating one run of each so a busy machine slows both alike; medians.
 * One untimed run of each first warms the disk cache.
 */
export async function compareSpeed(wavPath: string, runs = 7): Promise<SpeedComparison> {
  const kiln = () => timeProcess(process.execPath, [kilnBin, 'analyze', wavPath, '--json']);
  const aubio = () => timeProcess('aubio', ['beat', wavPath]);
  await kiln();
  await aubio();
  const kilnTimes: Timing[] = [];
  const aubioTimes: Timing[] = [];
  for (let run = 0; run < runs; run++) {
    kilnTimes.push(await kiln());
    aubioTimes.push(await aubio());
  }
  const [kilnMs, aubioMs] = [median(kilnTimes.map((t) => t.wallMs)), median(aubioTimes.map((t) => t.wallMs))];
  const cpu = (times: Timing[]) => (times.every((t) => t.cpuMs !== null) ? median(times.map((t) => t.cpuMs!)) : null);
  const [kilnCpu, aubioCpu] = [cpu(kilnTimes), cpu(aubioTimes)];
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    kiln_ms: Math.round(kilnMs), aubio_ms: Math.round(aubioMs), ratio: ratio(kilnMs, aubioMs),
    kiln_cpu_ms: kilnCpu === null ? null : Math.round(kilnCpu),
    aubio_cpu_ms: aubioCpu === null ? null : Math.round(aubioCpu),
    cpu_ratio: kilnCpu === null || aubioCpu === null ? null : ratio(kilnCpu, aubioCpu),
    runs,
  };
}

interface Timing {
  wallMs: number;
  /** CPU of the process and the children it waited for (kiln's ffmpeg), from /proc; null off Linux. */
  cpuMs: number | null;
}

async function timeProcess(command: string, args: string[]): Promise<Timing> {
  const cpuBefore = await childCpuSeconds();
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
  const wallMs = performance.now() - started;
  const cpuAfter = await childCpuSeconds();
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) * 1000 };
}
