// Writes, for every piece of the DEVELOPMENT data, the tempo candidates the estimate chooses among
// with their features and the reference tempo, as JSON lines: the data an octave choice is fitted
// and cross-validated on (fit-octave-choice.ts). It refuses the held-out half and the fresh sets.
// Run: npx tsx bench/beats/dump-tempo-features.ts > /tmp/tempo-features.jsonl
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { computeOnsetEnvelopes } from '../../src/media/audio/onset-envelope.ts';
import { readPlainWav } from '../../src/media/audio/read-plain-wav.ts';
import { candidateFeatures } from './tempo-candidate-features.ts';
import { computeSpectralFeatures } from '../../src/media/audio/spectral-features.ts';
import { computeTempogram } from '../../src/media/audio/tempogram.ts';
import { renderTestSongWav } from '../../src/media/audio/testing/render-test-song.ts';
import { benchSongs } from './bench-songs.ts';
import { freedoomSources } from './freedoom-songs.ts';
import { heldTempo, midiBeatGrid } from './midi-beat-grid.ts';
import { excerptSeconds, midiSources, type MidiSource } from './midi-songs.ts';
import { mmaSources } from './mma-songs.ts';
import { parseMidiFile } from './parse-midi-file.ts';
import { renderMidiSong } from './render-midi-song.ts';

async function featuresOf(wavPath: string) {
  const audio = await readPlainWav(wavPath, 22050, 3600);
  if (!audio) throw new Error(`${wavPath} is not a plain WAV.`);
  const features = computeSpectralFeatures(audio.samples, audio.sampleRate);
  const envelopes = computeOnsetEnvelopes(features);
  const tempogram = computeTempogram(envelopes.full, features.frameRate);
  return candidateFeatures(envelopes, features.frameRate, tempogram);
}

async function sourcesOf(set: Promise<{ sources: MidiSource[] } | { missing: string }>): Promise<MidiSource[]> {
  const result = await set;
  if ('missing' in result) throw new Error(result.missing);
  return result.sources;
}

const sets: Array<[string, MidiSource[]]> = [
  ['development half', midiSources.filter((source) => source.half === 'development')],
  ['Freedoom', await sourcesOf(freedoomSources())],
  ['MMA even', await sourcesOf(mmaSources('even'))],
  ['MMA odd', await sourcesOf(mmaSources('odd'))],
];
for (const [set, sources] of sets) {
  for (const source of sources) {
    const reference = midiBeatGrid(parseMidiFile(await readFile(source.path))).beats.filter((time) => time <= excerptSeconds);
    const wav = await renderMidiSong(source.path, excerptSeconds);
    const candidates = await featuresOf(wav);
    console.log(JSON.stringify({ set, piece: basename(source.path, '.mid'), referenceBpm: heldTempo(reference), candidates }));
  }
}
for (const [index, options] of benchSongs.entries()) {
  const { song, wav } = renderTestSongWav(options);
  const path = join(tmpdir(), `kiln-dump-song-${index}.wav`);
  await writeFile(path, wav);
  console.log(JSON.stringify({ set: 'generated', piece: `${options.style} ${options.bpm}`, referenceBpm: song.bpm, candidates: await featuresOf(path) }));
}
