// Per-song diagnosis of the beat tracker on DEVELOPMENT data only: the development half (the default),
// with --freedoom the Freedoom set (declared development data), with --mma the MMA set (mma-songs.ts),
// and with --generated the generated
// set's summary. Per piece: tempo ratio, F at the written level and at any metrical level, which
// level matched best, the signed median offset of matched beats (a systematic latency shows here),
// and for each tempo error the tempo candidates with their score's terms and which terms chose wrong.
// It refuses any other argument: the held-out half and the fresh sets are scored once, after the
// constants are frozen. Run: npx tsx bench/beats/diagnose-beats.ts [--freedoom] [--mma] [--no-development] [--generated]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyzeAudioFile } from '../../src/media/audio/analyze-audio-file.ts';
import { beatFMeasure } from '../../src/media/audio/testing/score-beats.ts';
import { renderTestSongWav } from '../../src/media/audio/testing/render-test-song.ts';
import { benchSongs } from './bench-songs.ts';
import { heldTempo, midiBeatGrid } from './midi-beat-grid.ts';
import { freedoomSources } from './freedoom-songs.ts';
import { excerptSeconds, midiSources, type MidiSource } from './midi-songs.ts';
import { mmaSources } from './mma-songs.ts';
import { parseMidiFile } from './parse-midi-file.ts';
import { renderMidiSong } from './render-midi-song.ts';
import { candidateTable, tempoCandidatesOf } from './tempo-candidate-table.ts';

const allowed = new Set(['--generated', '--freedoom', '--mma', '--no-development']);
const refused = process.argv.slice(2).filter((argument) => !allowed.has(argument));
if (refused.length > 0) {
  console.error(`diagnose-beats runs development data only (the development half, Freedoom, MMA, generated); refusing ${refused.join(' ')}.`);
  process.exit(2);
}

/** The reference at the metrical levels the any-level F accepts, named for the table. */
function levels(beats: readonly number[]): Array<[string, number[]]> {
  const between = beats.slice(1).map((time, i) => (time + beats[i]) / 2);
  return [
    ['as written', [...beats]],
    ['double', [...beats, ...between].sort((a, b) => a - b)],
    ['half even', beats.filter((_, i) => i % 2 === 0)],
    ['half odd', beats.filter((_, i) => i % 2 === 1)],
    ['off-beat', between],
  ];
}

/** Median signed offset (ms) of each estimated beat from its nearest reference beat, over those within ±70 ms. */
function medianOffsetMs(estimated: readonly number[], reference: readonly number[]): number {
  const offsets: number[] = [];
  for (const time of estimated) {
    if (time < 5) continue;
    let nearest = Infinity;
    for (const truth of reference) if (Math.abs(time - truth) < Math.abs(nearest)) nearest = time - truth;
    if (Math.abs(nearest) <= 0.07) offsets.push(nearest);
  }
  if (offsets.length === 0) return NaN;
  offsets.sort((a, b) => a - b);
  return 1000 * offsets[offsets.length >> 1];
}

/** The pieces of one development set, never of the held-out half or a fresh set. */
async function developmentSet(name: 'development half' | 'Freedoom' | 'MMA'): Promise<MidiSource[]> {
  if (name === 'development half') return midiSources.filter((source) => source.half === 'development');
  const set = name === 'Freedoom' ? await freedoomSources() : await mmaSources();
  if ('missing' in set) throw new Error(set.missing);
  return set.sources;
}

const setNames = [
  ...(process.argv.includes('--no-development') ? [] : (['development half'] as const)),
  ...(process.argv.includes('--freedoom') ? (['Freedoom'] as const) : []),
  ...(process.argv.includes('--mma') ? (['MMA'] as const) : []),
];
for (const setName of setNames) await diagnoseSet(setName, await developmentSet(setName));

async function diagnoseSet(setName: string, pieces: MidiSource[]): Promise<void> {
let sumF = 0;
let sumAny = 0;
let tempoRight = 0;
let octaveErrors = 0;
const allOffsets: number[] = [];
console.log(`\n${setName}`);
console.log('piece                        ref bpm  est bpm  ratio |   F    any   best level  | offset ms (at best level)');
for (const source of pieces) {
  const grid = midiBeatGrid(parseMidiFile(await readFile(source.path)));
  const reference = grid.beats.filter((time) => time <= excerptSeconds);
  const referenceBpm = heldTempo(reference);
  const wav = await renderMidiSong(source.path, excerptSeconds);
  const analysis = await analyzeAudioFile(wav);
  const scored = levels(reference).map(([name, beats]) => ({ name, beats, f: beatFMeasure(analysis.beats, beats) }));
  const best = scored.reduce((a, b) => (b.f > a.f ? b : a));
  const f = scored[0].f;
  const offset = medianOffsetMs(analysis.beats, best.beats);
  if (Number.isFinite(offset)) allOffsets.push(offset);
  sumF += f;
  sumAny += best.f;
  const ratio = analysis.tempo.bpm / referenceBpm;
  const tempoIsRight = Math.abs(ratio - 1) <= 0.04;
  if (tempoIsRight) tempoRight++;
  else if ([2, 0.5, 3, 1 / 3].some((factor) => Math.abs(ratio / factor - 1) <= 0.04)) octaveErrors++;
  console.log(
    `${basename(source.path, '.mid').padEnd(28)} ${referenceBpm.toFixed(1).padStart(7)} ${analysis.tempo.bpm.toFixed(1).padStart(8)} ${ratio.toFixed(3).padStart(6)} | ` +
      `${f.toFixed(3)} ${best.f.toFixed(3)} ${best.name.padEnd(11)} | ${offset.toFixed(1).padStart(6)}`,
  );
  if (!tempoIsRight) for (const line of candidateTable(await tempoCandidatesOf(wav), referenceBpm)) console.log(line);
}
allOffsets.sort((a, b) => a - b);
console.log(
  `${setName}: F ${(sumF / pieces.length).toFixed(3)}, any level ${(sumAny / pieces.length).toFixed(3)}, ` +
    `tempo within 4 % ${tempoRight}/${pieces.length}, octave errors ${octaveErrors}, median offset ${allOffsets[allOffsets.length >> 1]?.toFixed(1)} ms`,
);
}

if (process.argv.includes('--generated')) {
  const directory = await mkdtemp(join(tmpdir(), 'kiln-diagnose-'));
  try {
    let sum = 0;
    let right = 0;
    const worst: string[] = [];
    for (const [index, options] of benchSongs.entries()) {
      const { song, wav } = renderTestSongWav(options);
      const path = join(directory, `song-${index}.wav`);
      await writeFile(path, wav);
      const analysis = await analyzeAudioFile(path);
      const f = beatFMeasure(analysis.beats, song.beats);
      sum += f;
      if (Math.abs(analysis.tempo.bpm / song.bpm - 1) <= 0.04) right++;
      if (f < 0.95) worst.push(`${options.style} ${options.bpm}: ${analysis.tempo.bpm.toFixed(1)} BPM, F ${f.toFixed(3)}`);
    }
    console.log(`generated: F ${(sum / benchSongs.length).toFixed(3)}, tempo within 4 % ${right}/${benchSongs.length}; below 0.95: ${worst.join('; ') || 'none'}`);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
