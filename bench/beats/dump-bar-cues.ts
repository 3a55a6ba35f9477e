// Per piece of every set, what choosing the bar can use: the analysis' beats and, per beat, the
// low-band and full-band onset peaks, the mean level of each mel band, the pitch-class profile and
// each mel band's rise at the beat; and halfway to the next beat the onset peaks and the pitch-class
// profiles of each half beat (halfChroma, two rows a beat) — beside the written bar lines. One JSON
// line per piece, so a bar rule can be tried on every piece in milliseconds (explore-bar-rules.ts,
// fit-bar-profile.ts) instead of re-analysing the audio (a bench run takes half an hour).
// Run: npx tsx bench/beats/dump-bar-cues.ts OUT.jsonl [SET,SET…]   (after npm run bench:beats has rendered the sets)
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { findBeats } from '../../src/media/audio/analyze-audio.ts';
import { peakNear } from '../../src/media/audio/envelope-peaks.ts';
import { readPlainWav } from '../../src/media/audio/read-plain-wav.ts';
import { computeSpectralFeatures, type SpectralFeatures } from '../../src/media/audio/spectral-features.ts';
import { renderTestSong } from '../../src/media/audio/testing/render-test-song.ts';
import { benchSongs } from './bench-songs.ts';
import { freedoomSources } from './freedoom-songs.ts';
import { midiBeatGrid } from './midi-beat-grid.ts';
import { excerptSeconds, midiSources, type MidiSource } from './midi-songs.ts';
import { mmaSources } from './mma-songs.ts';
import { parseMidiFile } from './parse-midi-file.ts';
import { recordedSources } from './recorded-songs.ts';
import { renderMidiSong } from './render-midi-song.ts';
import { secondFreshSources } from './second-fresh-songs.ts';
import { thirdFreshSources } from './third-fresh-songs.ts';

const round = (value: number) => Math.round(value * 1000) / 1000;

function cuesOf(samples: Float32Array, sampleRate: number) {
  const features = computeSpectralFeatures(samples, sampleRate);
  const { envelopes, beatFrames } = findBeats(features);
  return {
    beats: beatFrames.map((frame) => round(frame / features.frameRate)),
    bass: beatFrames.map((frame) => round(peakNear(envelopes.low, frame, 2))),
    onset: beatFrames.map((frame) => round(peakNear(envelopes.full, frame, 2))),
    mel: beatFrames.map((frame, index) => melOf(features, frame, beatFrames[index + 1] ?? frame + 10)),
    chroma: beatFrames.map((frame, index) => chromaOf(features, frame, beatFrames[index + 1] ?? frame + (frame - beatFrames[index - 1]))),
    rise: beatFrames.map((frame) => riseOf(features, frame)),
    // The same halfway between beats, for checking whether the bar lines fall between the analysis' beats.
    midBass: beatFrames.map((_, index) => round(peakNear(envelopes.low, midpoint(beatFrames, index), 2))),
    midOnset: beatFrames.map((_, index) => round(peakNear(envelopes.full, midpoint(beatFrames, index), 2))),
    halfChroma: beatFrames.flatMap((frame, index) => {
      const next = beatFrames[index + 1] ?? frame + (frame - beatFrames[index - 1]);
      const middle = midpoint(beatFrames, index);
      return [chromaOf(features, frame, middle), chromaOf(features, middle, next)];
    }),
  };
}

/** Mean dB per mel band over a beat. */
function melOf(features: SpectralFeatures, from: number, to: number): number[] {
  const profile = new Array(features.melBandCount).fill(0);
  const end = Math.min(to, features.frameCount);
  for (let frame = from; frame < end; frame++) {
    for (let band = 0; band < features.melBandCount; band++) profile[band] += features.melDb[frame * features.melBandCount + band];
  }
  return profile.map((value) => Math.round((10 * value) / Math.max(1, end - from)) / 10);
}

/** The frame halfway from beat `index` to the next (one beat period on at the last). */
function midpoint(beatFrames: readonly number[], index: number): number {
  const next = beatFrames[index + 1] ?? beatFrames[index] + (beatFrames[index] - beatFrames[index - 1]);
  return Math.round((beatFrames[index] + next) / 2);
}

/** Per mel band, the largest rise in dB from one frame to the next within 2 frames of the beat: which bands strike on it. */
function riseOf(features: SpectralFeatures, frame: number): number[] {
  const { melBandCount, melDb, frameCount } = features;
  const rise = new Array(melBandCount).fill(0);
  for (let t = Math.max(1, frame - 2); t <= Math.min(frameCount - 1, frame + 2); t++) {
    for (let band = 0; band < melBandCount; band++) {
      const step = melDb[t * melBandCount + band] - melDb[(t - 1) * melBandCount + band];
      if (step > rise[band]) rise[band] = step;
    }
  }
  return rise.map((value) => Math.round(10 * value) / 10);
}

/** Mean log-compressed pitch-class profile over a beat, as find-downbeats.ts reads it (mean not removed). */
function chromaOf(features: SpectralFeatures, from: number, to: number): number[] {
  const { chroma, chromaStep } = features;
  const rows = chroma.length / 12;
  const profile = new Array(12).fill(0);
  for (let row = Math.ceil(from / chromaStep); row <= Math.min(rows - 1, Math.floor((to - 1) / chromaStep)); row++) {
    for (let pitch = 0; pitch < 12; pitch++) profile[pitch] += Math.log(1 + 1e4 * chroma[row * 12 + pitch]);
  }
  return profile.map(round);
}

async function sourcesOf(set: Promise<{ sources: MidiSource[] } | { missing: string }>): Promise<MidiSource[]> {
  const result = await set;
  return 'sources' in result ? result.sources : [];
}

const wanted = process.argv[3]?.split(',');
const lines: string[] = [];
const listings: Array<[MidiSource['half'], () => Promise<MidiSource[]>]> = [
  ['development', async () => midiSources.filter((source) => source.half === 'development')],
  ['held-out', async () => midiSources.filter((source) => source.half === 'held-out')],
  ['fresh', () => sourcesOf(freedoomSources())],
  ['fresh-2', () => sourcesOf(secondFreshSources())],
  ['fresh-3', () => sourcesOf(thirdFreshSources())],
  ['development-mma', () => sourcesOf(mmaSources())],
  ['recorded', () => sourcesOf(recordedSources())],
];
const sources: MidiSource[] = [];
for (const [half, list] of listings) if (!wanted || wanted.includes(half)) sources.push(...(await list()));
for (const source of sources) {
  const grid = midiBeatGrid(parseMidiFile(await readFile(source.path)));
  const shift = source.beatShiftSeconds ?? 0;
  const within = (times: number[]) => times.map((time) => time + shift).filter((time) => time >= 0 && time <= excerptSeconds);
  const audio = await readPlainWav(source.wavPath ?? (await renderMidiSong(source.path, excerptSeconds)), 22050, 3600);
  if (!audio) continue;
  const name = source.name ?? basename(source.path, '.mid');
  lines.push(JSON.stringify({ set: source.half, name, meters: grid.meters, referenceBeats: within(grid.beats), referenceDownbeats: within(grid.downbeats), ...cuesOf(audio.samples, audio.sampleRate) }));
  console.error(`${source.half} ${name}`);
}
for (const options of !wanted || wanted.includes('generated') ? benchSongs : []) {
  const song = renderTestSong(options);
  const name = `${options.style} ${options.bpm} (seed ${options.seed})`;
  lines.push(JSON.stringify({ set: 'generated', name, meters: [], referenceBeats: song.beats, referenceDownbeats: song.downbeats, ...cuesOf(song.samples, song.sampleRate) }));
}
await writeFile(process.argv[2] ?? 'bar-cues.jsonl', `${lines.join('\n')}\n`);
