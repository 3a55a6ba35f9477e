/**
 * `npm run bench:vocab-hostile`: the event loop's longest stall, and the process's peak memory, while
 * hostile and large transcripts are analysed: one line of 20,000 katakana, a cue of 100,000 `<`
 * among Japanese cues, and a three-hour stream of 20,000 cues. The target is a stall under 100 ms;
 * the analysis itself runs on the analysis thread (KILN_VOCABULARY_THREAD=0 runs it here instead,
 * for comparison). The cues are built here, not parsed, so the figures are the analysis's alone.
 *
 * A 5 ms timer probes the event loop. Two stall figures: `longestStallMs` is the longest wall time
 * between two ticks beyond the 5 ms, which on a shared, overloaded machine includes waiting for a
 * core; `longestStallCpuMs` is the most CPU time the event loop thread itself spent between two
 * ticks: Kiln's own share of any stall. `idleStallMs` is the wall figure over three seconds of doing nothing: the machine's floor.
 * The last line is one JSON object with every figure.
 */
import { loadavg } from 'node:os';
import { analyzeTranscript } from '../../src/pipelines/vocabulary/analysis/analyze-transcript.ts';
import { textAnalysis } from '../../src/pipelines/vocabulary/analysis/analysis-thread-pool.ts';
import type { TranscriptCue } from '../../src/pipelines/vocabulary/vocabulary-contracts.ts';
import { percentile, round } from '../lib/statistics.ts';
import { syntheticStream } from './synthetic-stream.ts';

const cases: Record<string, () => TranscriptCue[]> = {
  katakanaLine: () => [{ start: null, end: null, text: 'ア'.repeat(20_000) }],
  bracketCue: () => [
    { start: 1, end: 3, text: 'スパチャありがとう！' },
    { start: 3, end: 4, text: '<'.repeat(100_000) },
    { start: 5, end: 7, text: '相変わらず憂鬱な概念だ' },
  ],
  threeHourStream: () => syntheticStream(20_000, 3),
};

// The dictionary loads once per thread (about a second); that start is timed apart from the cases.
const warmStarted = performance.now();
await textAnalysis().tokenize(['ウォームアップ']);
const warmUpMs = Math.round(performance.now() - warmStarted);

const probeMs = 5;

/** The longest gap between ticks of a 5 ms timer (beyond the 5 ms), and the most event loop CPU time within one. */
function startStallProbe(): { stop(): { wallMs: number; cpuMs: number; gaps: number[] } } {
  const gaps: number[] = [];
  let cpuMs = 0;
  let lastWall = performance.now();
  let lastCpu = process.threadCpuUsage();
  const timer = setInterval(() => {
    const wall = performance.now();
    const cpu = process.threadCpuUsage();
    gaps.push(Math.max(0, wall - lastWall - probeMs));
    cpuMs = Math.max(cpuMs, (cpu.user + cpu.system - lastCpu.user - lastCpu.system) / 1000);
    [lastWall, lastCpu] = [wall, cpu];
  }, probeMs);
  return { stop: () => (clearInterval(timer), { wallMs: Math.max(0, ...gaps), cpuMs, gaps }) };
}

// The floor: the longest stall over three seconds of doing nothing, which on a shared machine is the
// scheduler's, not Kiln's.
const idleProbe = startStallProbe();
await new Promise((resolve) => setTimeout(resolve, 3000));
const idleStallMs = round(idleProbe.stop().wallMs, 1);
const figures: Record<string, unknown> = {};
for (const [name, build] of Object.entries(cases)) {
  const cues = build();
  const probe = startStallProbe();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const analysis = await analyzeTranscript(cues);
  const ms = Math.round(performance.now() - started);
  // Lets both probes tick once more, so a stall that lasted to the analysis's end is counted.
  await new Promise((resolve) => setTimeout(resolve, 25));
  const stall = probe.stop();
  figures[name] = {
    cues: cues.length,
    characters: cues.reduce((sum, cue) => sum + cue.text.length, 0),
    items: analysis.items.length,
    ms,
    longestStallMs: round(stall.wallMs, 1),
    longestStallCpuMs: round(stall.cpuMs, 1),
    p99StallMs: round(percentile(stall.gaps, 0.99), 1),
    mainHeapGrowthMb: Math.round((process.memoryUsage().heapUsed - heapBefore) / 1e6),
  };
  console.log(name, JSON.stringify(figures[name]));
}

// The longest stall while any of the transcripts was analysed: the figure held to under 100 ms.
const longest = (field: 'longestStallMs' | 'longestStallCpuMs') => Math.max(...Object.values(figures).map((figure) => (figure as Record<typeof field, number>)[field]));
console.log(JSON.stringify({
  bench: 'vocab-hostile',
  onThread: process.env.KILN_VOCABULARY_THREAD !== '0',
  warmUpMs,
  idleStallMs,
  ...figures,
  longestStallMs: longest('longestStallMs'),
  longestStallCpuMs: longest('longestStallCpuMs'),
  // The whole process's peak, the tokenizer thread's dictionary (~350 MB) included.
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  loadAverage: round(loadavg()[0], 1),
}));
process.exit(0);
