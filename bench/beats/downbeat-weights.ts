// How much the change of harmony should count beside the bass in choosing the bar, on DEVELOPMENT
// data only (the development half, the MMA set, the generated songs): each piece is analysed as
// analyzeAudio does, then its bar is chosen with each weight and scored against the written bar lines
// (downbeat F at ±70 ms). "harmony only" drops the bass; "constant best" is the best single metre and
// phase the piece allows (what a whole-piece bar can reach at most with these beats).
// Run: node bench/beats/downbeat-weights.ts [--no-generated]   (a line per set and weight)
import { readFile } from 'node:fs/promises';
import { findBeats } from '../../src/media/audio/analyze-audio.ts';
import { bestBar, downbeatCues } from '../../src/media/audio/find-downbeats.ts';
import { readPlainWav } from '../../src/media/audio/read-plain-wav.ts';
import { computeSpectralFeatures } from '../../src/media/audio/spectral-features.ts';
import { renderTestSong } from '../../src/media/audio/testing/render-test-song.ts';
import { beatFMeasure } from '../../src/media/audio/testing/score-beats.ts';
import { benchSongs } from './bench-songs.ts';
import { midiBeatGrid } from './midi-beat-grid.ts';
import { excerptSeconds, midiSources } from './midi-songs.ts';
import { mmaSources } from './mma-songs.ts';
import { parseMidiFile } from './parse-midi-file.ts';
import { renderMidiSong } from './render-midi-song.ts';

interface Piece { samples: Float32Array; sampleRate: number; downbeats: number[] }

const weights: Array<[string, (bass: number, harmony: number) => number]> = [
  ['bass only', (bass) => bass],
  ['harmony 1', (bass, harmony) => bass + harmony],
  ['harmony 2', (bass, harmony) => bass + 2 * harmony],
  ['harmony 3', (bass, harmony) => bass + 3 * harmony],
  ['harmony only', (_, harmony) => harmony],
];

async function* midiPieces(paths: readonly string[]): AsyncGenerator<Piece> {
  for (const path of paths) {
    const downbeats = midiBeatGrid(parseMidiFile(await readFile(path))).downbeats.filter((time) => time <= excerptSeconds);
    const audio = await readPlainWav(await renderMidiSong(path, excerptSeconds), 22050, 3600);
    if (audio) yield { samples: audio.samples, sampleRate: audio.sampleRate, downbeats };
  }
}

async function* generatedPieces(): AsyncGenerator<Piece> {
  for (const options of benchSongs) {
    const song = renderTestSong(options);
    yield { samples: song.samples, sampleRate: song.sampleRate, downbeats: song.downbeats };
  }
}

async function scoreSet(name: string, pieces: AsyncGenerator<Piece>): Promise<void> {
  const scores = new Map<string, number[]>([...weights.map(([label]) => [label, []] as [string, number[]]), ['constant best', []]]);
  for await (const piece of pieces) {
    const features = computeSpectralFeatures(piece.samples, piece.sampleRate);
    const { envelopes, beatFrames } = findBeats(features);
    const seconds = beatFrames.map((frame) => frame / features.frameRate);
    const { bass, harmony } = downbeatCues(beatFrames, envelopes.low, features);
    const barLines = (beatsPerBar: number, phase: number) => seconds.filter((_, index) => index >= phase && (index - phase) % beatsPerBar === 0);
    for (const [label, accent] of weights) {
      const { beatsPerBar, phase } = bestBar(bass.map((value, index) => accent(value, harmony[index])));
      scores.get(label)!.push(beatFMeasure(barLines(beatsPerBar, phase), piece.downbeats));
    }
    const every = [3, 3, 3, 4, 4, 4, 4].map((beatsPerBar, index) => beatFMeasure(barLines(beatsPerBar, index < 3 ? index : index - 3), piece.downbeats));
    scores.get('constant best')!.push(Math.max(...every));
  }
  for (const [label, values] of scores) {
    const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
    console.log(`${name.padEnd(17)} ${label.padEnd(13)} downbeat F ${mean.toFixed(3)}, ≥ 0.8 on ${values.filter((value) => value >= 0.8).length}/${values.length}`);
  }
}

const mma = await mmaSources();
if ('missing' in mma) throw new Error(mma.missing);
await scoreSet('development half', midiPieces(midiSources.filter((source) => source.half === 'development').map((source) => source.path)));
await scoreSet('MMA', midiPieces(mma.sources.map((source) => source.path)));
if (!process.argv.includes('--no-generated')) await scoreSet('generated', generatedPieces());
