/**
 * `npm run bench:vocab-memory`: the peak memory (maximum resident set, every thread counted) of the
 * whole `kiln vocab extract` process on a seven-minute transcript (780 cues), the row of issue 29
 * whose goal is 400 MB. References in the same run: the same command on a one-cue transcript (what
 * any extract costs: the runtime, the database, the dictionaries) and a bare `node` (the floor).
 * Each child reports its own peak through a preloaded module, so no `/usr/bin/time` is needed. A
 * first untimed run builds the EDICT index and the TypeScript cache, as a second use of Kiln finds them.
 * The last line is one JSON object with every figure.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TranscriptCue } from '../../src/pipelines/vocabulary/vocabulary-contracts.ts';
import { syntheticStream } from './synthetic-stream.ts';

const kiln = fileURLToPath(new URL('../../bin/kiln.js', import.meta.url));
// Printed by the main thread only when the process ends; the database and analysis threads load it too.
const reporter = `data:text/javascript,${encodeURIComponent(
  "import { isMainThread } from 'node:worker_threads'; if (isMainThread) process.on('exit', () => process.stderr.write(`\\nkiln-peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));",
)}`;

const srtTime = (seconds: number) => new Date(seconds * 1000).toISOString().slice(11, 23).replace('.', ',');
const srt = (cues: TranscriptCue[]) => cues.map((cue, index) => `${index + 1}\n${srtTime(cue.start!)} --> ${srtTime(cue.end!)}\n${cue.text}\n`).join('\n');

interface Run {
  peakRssMb: number;
  wallMs: number;
}

function measure(args: string[], env: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', reporter, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const peak = /kiln-peak-rss-kb (\d+)/.exec(stderr);
      if (code !== 0 || !peak) reject(new Error(`${args.join(' ')} ended with ${code}: ${stderr.slice(-2000)}`));
      else resolve({ peakRssMb: Math.round(Number(peak[1]) / 1024), wallMs: Math.round(performance.now() - started) });
    });
  });
}

const scratch = await mkdtemp(join(tmpdir(), 'kiln-bench-vocab-memory-'));
try {
  // A data folder kept between runs of the bench, so the EDICT index is built once, as for a user.
  const dataDir = join(tmpdir(), 'kiln-bench-vocab-memory-data');
  await mkdir(dataDir, { recursive: true });
  const env = { ...process.env, KILN_DATA_DIR: dataDir };
  const sevenMinutes = join(scratch, 'seven-minutes.srt');
  const oneCue = join(scratch, 'one-cue.srt');
  await writeFile(sevenMinutes, srt(syntheticStream(780, 7 / 60)));
  await writeFile(oneCue, srt([{ start: 1, end: 3, text: '今日はマイクラで建築するよ' }]));
  const extract = (file: string) => measure([kiln, 'vocab', 'extract', file, '--json'], env);

  await extract(oneCue);
  const bareNode = await measure(['-e', ''], env);
  const oneCueRun = await extract(oneCue);
  const sevenMinuteRun = await extract(sevenMinutes);
  console.log('bare node:', JSON.stringify(bareNode));
  console.log('kiln vocab extract, one cue:', JSON.stringify(oneCueRun));
  console.log('kiln vocab extract, seven minutes:', JSON.stringify(sevenMinuteRun));
  console.log(JSON.stringify({
    bench: 'vocab-memory',
    goalPeakRssMb: 400,
    sevenMinutes: sevenMinuteRun,
    oneCue: oneCueRun,
    bareNode,
    // What the transcript itself adds over any extract, and what any extract adds over Node.
    sevenMinutesOverOneCue: Math.round((sevenMinuteRun.peakRssMb / oneCueRun.peakRssMb) * 100) / 100,
    loadAverage: Math.round(loadavg()[0] * 10) / 10,
  }));
} finally {
  await rm(scratch, { recursive: true, force: true });
}
