import { spawn } from 'node:child_process';
import { median } from './beat-scores.ts';

export interface SpeedComparison {
  kiln_ms: number;
  aubio_ms: number;
  /** kiln analyze / aubio beat, whole processes: below 1 means Kiln is faster. */
  ratio: number;
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
  const kilnTimes: number[] = [];
  const aubioTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    kilnTimes.push(await kiln());
    aubioTimes.push(await aubio());
  }
  const [kilnMs, aubioMs] = [median(kilnTimes), median(aubioTimes)];
  return { kiln_ms: Math.round(kilnMs), aubio_ms: Math.round(aubioMs), ratio: Math.round((kilnMs / aubioMs) * 100) / 100, runs };
}

function timeProcess(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} exited with ${code}`))));
  });
}
