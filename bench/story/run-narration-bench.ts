/**
 * The built-in narrator on a story's 44 sentences (4 scenes at once), this checkout against another
 * (`--baseline DIR`, e.g. an older commit's `git archive` with node_modules linked), a process each,
 * alternating run by run so a busy machine slows both alike.
 * Run: node bench/story/run-narration-bench.ts --baseline DIR [--runs 3]. Prints medians, ratios and the load.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median, round } from '../lib/statistics.ts';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, runs: { type: 'string', default: '3' } } });
if (!values.baseline) throw new Error('Give --baseline DIR: the checkout to compare with.');
const checkouts = { kiln: resolve(import.meta.dirname, '../..'), baseline: resolve(values.baseline) };
const once = new URL('./narrate-story-once.ts', import.meta.url).pathname;
const samples: Record<'kiln' | 'baseline', Array<{ wall: number; cpu: number }>> = { kiln: [], baseline: [] };
const loadBefore = loadavg()[0];
for (let run = 0; run < Number(values.runs); run += 1) {
  for (const name of ['kiln', 'baseline'] as const) {
    samples[name].push(JSON.parse(execFileSync(process.execPath, [once, checkouts[name]], { encoding: 'utf8' }).trim().split('\n').at(-1)!));
  }
}
const summary = (name: 'kiln' | 'baseline') => ({
  wall: round(median(samples[name].map((sample) => sample.wall)), 2),
  cpu: round(median(samples[name].map((sample) => sample.cpu)), 2),
});
const kiln = summary('kiln');
const baseline = summary('baseline');
console.log(`narration, 44 sentences: median ${kiln.wall} s wall, ${kiln.cpu} s CPU; baseline ${baseline.wall} s wall, ${baseline.cpu} s CPU`);
console.log(`this checkout / baseline: ${round(kiln.wall / baseline.wall, 2)}x wall, ${round(kiln.cpu / baseline.cpu, 2)}x CPU (load average ${round(loadBefore, 1)} -> ${round(loadavg()[0], 1)})`);
console.log(JSON.stringify({ kiln, baseline, loadAverage: [round(loadBefore, 1), round(loadavg()[0], 1)] }));
