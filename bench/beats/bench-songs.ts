import type { TestSongOptions } from '../../src/media/audio/testing/render-test-song.ts';

/**
 * The benchmark's songs: every style, tempi from 60 to 180 BPM, 3/4 and 4/4, two tempo changes,
 * songs without drums, noisy and loosely played ones. Seeds and tempi differ from the songs the
 * tempo preference was fitted on, so these figures are a held-out check. 44.1 kHz, as music is sold.
 */
const base = { seconds: 60, sampleRate: 44100 } as const;

export const benchSongs: TestSongOptions[] = [
  { ...base, style: 'electronic', bpm: 122, seed: 1001 },
  { ...base, style: 'electronic', bpm: 136, seed: 1002, noiseLevel: 0.15 },
  { ...base, style: 'electronic', bpm: 104, seed: 1003, timingJitter: 0.01 },
  { ...base, style: 'rock', bpm: 72, seed: 1004 },
  { ...base, style: 'rock', bpm: 96, seed: 1005, noiseLevel: 0.12 },
  { ...base, style: 'rock', bpm: 120, seed: 1006, timingJitter: 0.01 },
  { ...base, style: 'rock', bpm: 148, seed: 1007 },
  { ...base, style: 'fast-rock', bpm: 166, seed: 1008 },
  { ...base, style: 'fast-rock', bpm: 180, seed: 1009, noiseLevel: 0.1 },
  { ...base, style: 'hip-hop', bpm: 84, seed: 1010 },
  { ...base, style: 'hip-hop', bpm: 94, seed: 1011, noiseLevel: 0.12 },
  { ...base, style: 'waltz', bpm: 90, seed: 1012 },
  { ...base, style: 'waltz', bpm: 132, seed: 1013 },
  { ...base, style: 'waltz', bpm: 168, seed: 1014, timingJitter: 0.01 },
  { ...base, style: 'ballad', bpm: 60, seed: 1015, seconds: 75 },
  { ...base, style: 'ballad', bpm: 66, seed: 1016, seconds: 75, noiseLevel: 0.1 },
  { ...base, style: 'ballad', bpm: 74, seed: 1017, seconds: 75, timingJitter: 0.01 },
  { ...base, style: 'acoustic', bpm: 78, seed: 1018 },
  { ...base, style: 'acoustic', bpm: 104, seed: 1019, timingJitter: 0.01 },
  { ...base, style: 'acoustic', bpm: 126, seed: 1020, noiseLevel: 0.1 },
  { ...base, style: 'swing', bpm: 100, seed: 1021 },
  { ...base, style: 'swing', bpm: 138, seed: 1022, timingJitter: 0.01 },
  { ...base, style: 'rock', bpm: 92, seed: 1023, seconds: 75, tempoChange: { bpm: 116, atFraction: 0.4 } },
  { ...base, style: 'electronic', bpm: 130, seed: 1024, seconds: 75, tempoChange: { bpm: 110, atFraction: 0.45 } },
];
