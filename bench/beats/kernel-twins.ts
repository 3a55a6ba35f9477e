// Times each audio kernel's TypeScript twin against its WebAssembly twin (issue 30) on the 182 s song
// of `npm run bench:beats -- --speed-only`. Every run is a fresh process, as `kiln analyze` is: a
// kernel that runs once a song runs mostly in V8's unoptimised code there, so timings repeated in one
// process would flatter the TypeScript. Each child times every stage on its first call (cold, what
// `kiln analyze` pays) and again on a second call (warm, what a long-lived analysis thread pays).
// Runs alternate TypeScript and WebAssembly children; medians.
// Run: npx tsx bench/beats/kernel-twins.ts [--runs 7]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { analyzeAudio } from '../../src/media/audio/analyze-audio.ts';
import { scanLoudness } from '../../src/media/audio/intensity-curve.ts';
import { computeOnsetEnvelopes } from '../../src/media/audio/onset-envelope.ts';
import { readPlainWav } from '../../src/media/audio/read-plain-wav.ts';
import { computeSpectralFeatures } from '../../src/media/audio/spectral-features.ts';
import { computeTempogram } from '../../src/media/audio/tempogram.ts';
import { median } from './beat-scores.ts';
import { renderMidiSong } from './render-midi-song.ts';

const speedSong = { path: '/usr/share/games/openttd/baseset/openmsx/keep_on_rolling.mid', seconds: 182 };
const analysisRate = 22050;

type Timings = Record<string, number>;

/** One process's timings: each stage in analysis order, first call then second, and the whole analysis. */
async function timeStages(wavPath: string): Promise<{ cold: Timings; warm: Timings }> {
  const bytes = new Uint8Array(readFileSync(wavPath));
  const passes: Timings[] = [];
  for (let pass = 0; pass < 2; pass++) {
    const times: Timings = {};
    const timed = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
      const started = performance.now();
      const result = await work();
      times[name] = performance.now() - started;
      return result;
    };
    const { samples } = (await timed('halve-sample-rate', () => readPlainWav(bytes, analysisRate, 1800)))!;
    await timed('loudness-scan', () => scanLoudness(samples, analysisRate));
    const features = await timed('frame-spectra', () => computeSpectralFeatures(samples, analysisRate));
    // The onset stage runs between, untimed: it has no twin (onset-rises.wat, like pulse-salience.wat and
    // the two sections kernels, was slower or saved under 5 ms here, and went; see the commits of issue 30).
    const envelopes = computeOnsetEnvelopes(features);
    // frame-spectra.wat's transform of two inputs at once, in the tempogram.
    await timed('transform-pairs', () => computeTempogram(envelopes.full, features.frameRate));
    passes.push(times);
  }
  return { cold: passes[0], warm: passes[1] };
}

/** The whole analysis of the song in a fresh process (decoding included), as `kiln analyze` runs it. */
async function timeWholeAnalysis(wavPath: string): Promise<Timings> {
  const started = performance.now();
  const { samples } = (await readPlainWav(new Uint8Array(readFileSync(wavPath)), analysisRate, 1800))!;
  analyzeAudio(samples, analysisRate);
  return { analysis: performance.now() - started };
}

function runChild(kind: 'stages' | 'whole', wavPath: string, wasm: boolean): Promise<any> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, KILN_ANALYZE_WASM: wasm ? '1' : '0' };
    const child = spawn(process.execPath, ['--import', 'tsx', new URL(import.meta.url).pathname, '--child', kind, wavPath], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(output)) : reject(new Error(`child exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) {
    const [kind, wavPath] = process.argv.slice(childAt + 1);
    console.log(JSON.stringify(kind === 'stages' ? await timeStages(wavPath) : await timeWholeAnalysis(wavPath)));
    return;
  }
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(process.argv[runsAt + 1]) : 7;
  const wavPath = await renderMidiSong(speedSong.path, speedSong.seconds);
  const loadBefore = loadavg()[0];
  const samples = { typescript: [] as any[], wasm: [] as any[] };
  const whole = { typescript: [] as number[], wasm: [] as number[] };
  for (let run = 0; run < runs; run++) {
    // Alternate which twin goes first, so a change in the machine's load falls on both alike.
    for (const wasm of run % 2 === 0 ? [true, false] : [false, true]) {
      const side = wasm ? 'wasm' : 'typescript';
      samples[side].push(await runChild('stages', wavPath, wasm));
      whole[side].push((await runChild('whole', wavPath, wasm)).analysis);
    }
  }
  const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
  const kernels: Record<string, unknown> = {};
  for (const name of Object.keys(samples.wasm[0].cold)) {
    const figure = (side: 'typescript' | 'wasm', pass: 'cold' | 'warm') => median(samples[side].map((timings) => timings[pass][name]));
    const [tsCold, wasmCold, tsWarm, wasmWarm] = [figure('typescript', 'cold'), figure('wasm', 'cold'), figure('typescript', 'warm'), figure('wasm', 'warm')];
    kernels[name] = {
      ts_ms: round(tsCold), wasm_ms: round(wasmCold), ratio: round(tsCold / wasmCold, 2),
      warm_ts_ms: round(tsWarm), warm_wasm_ms: round(wasmWarm), warm_ratio: round(tsWarm / wasmWarm, 2),
    };
    console.log(`${name.padEnd(18)} first call TS ${round(tsCold).toString().padStart(6)} ms, wasm ${round(wasmCold).toString().padStart(6)} ms, ${round(tsCold / wasmCold, 2)}x; second call ${round(tsWarm)} vs ${round(wasmWarm)} ms, ${round(tsWarm / wasmWarm, 2)}x`);
  }
  const analysis = { ts_ms: round(median(whole.typescript)), wasm_ms: round(median(whole.wasm)), ratio: round(median(whole.typescript) / median(whole.wasm), 2) };
  console.log(`whole analysis (decode + analyzeAudio, fresh process): TS ${analysis.ts_ms} ms, wasm ${analysis.wasm_ms} ms, ${analysis.ratio}x`);
  const loadAverage = [round(loadBefore), round(loadavg()[0])];
  console.log(JSON.stringify({ song_seconds: speedSong.seconds, runs, kernels, analysis, loadAverage }));
}

await main();
