// Which cues tell the beat from its "and" on DEVELOPMENT data: for every piece, the tracker is told
// the written tempo (so only the phase is in question), and at its beats before the off-beat check
// the ratios "halfway between beats over on the beats" of the full-band onsets, the harmonic change
// and the low-band (kick, bass) onsets are printed beside which phase the reference says is right.
// Run: npx tsx bench/beats/phase-cues.ts [--freedoom] [--mma] [--mma-odd]   (JSON lines)
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { findBeats } from '../../src/media/audio/analyze-audio.ts';
import { peakNear } from '../../src/media/audio/envelope-peaks.ts';
import { readPlainWav } from '../../src/media/audio/read-plain-wav.ts';
import { computeSpectralFeatures } from '../../src/media/audio/spectral-features.ts';
import { beatFMeasure } from '../../src/media/audio/testing/score-beats.ts';
import { freedoomSources } from './freedoom-songs.ts';
import { heldTempo, midiBeatGrid } from './midi-beat-grid.ts';
import { excerptSeconds, midiSources, type MidiSource } from './midi-songs.ts';
import { mmaSources } from './mma-songs.ts';
import { parseMidiFile } from './parse-midi-file.ts';
import { renderMidiSong } from './render-midi-song.ts';

async function sourcesOf(set: Promise<{ sources: MidiSource[] } | { missing: string }>): Promise<MidiSource[]> {
  const result = await set;
  if ('missing' in result) throw new Error(result.missing);
  return result.sources;
}

const sets: Array<[string, MidiSource[]]> = [['development half', midiSources.filter((source) => source.half === 'development')]];
if (process.argv.includes('--freedoom')) sets.push(['Freedoom', await sourcesOf(freedoomSources())]);
if (process.argv.includes('--mma')) sets.push(['MMA even', await sourcesOf(mmaSources('even'))]);
if (process.argv.includes('--mma-odd')) sets.push(['MMA odd', await sourcesOf(mmaSources('odd'))]);

for (const [set, sources] of sets) {
  for (const source of sources) {
    const reference = midiBeatGrid(parseMidiFile(await readFile(source.path))).beats.filter((time) => time <= excerptSeconds);
    const referenceBpm = heldTempo(reference);
    const audio = await readPlainWav(await renderMidiSong(source.path, excerptSeconds), 22050, 3600);
    if (!audio) continue;
    const features = computeSpectralFeatures(audio.samples, audio.sampleRate);
    const { frameRate } = features;
    // The analysis' own stages, told the written tempo; the beats as tracked, before the off-beat check.
    const { envelopes, harmonicChange: harmonic, tracked: beats } = findBeats(features, referenceBpm);
    const halfway = beats.slice(1).map((beat, i) => Math.round((beat + beats[i]) / 2));
    const on = beats.slice(1);
    const ratio = (values: Float32Array, reach: number) => {
      const sum = (frames: number[]) => frames.reduce((total, frame) => total + (reach > 0 ? peakNear(values, frame, reach) : values[frame]), 0);
      return sum(halfway) / Math.max(1e-9, sum(on));
    };
    const seconds = (frames: number[]) => frames.map((frame) => frame / frameRate);
    const fOn = beatFMeasure(seconds(beats), reference);
    const fOff = beatFMeasure(seconds(halfway), reference);
    console.log(JSON.stringify({
      set,
      piece: basename(source.path, '.mid'),
      fOn: Math.round(fOn * 1000) / 1000,
      fOff: Math.round(fOff * 1000) / 1000,
      onset: ratio(envelopes.full, 2),
      harmony: ratio(harmonic, 0),
      low: ratio(envelopes.low, 2),
    }));
  }
}
