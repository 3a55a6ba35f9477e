import { encodeWav } from '../encode-wav.ts';
import { createSeededRandom } from '../../../engine/seeded-random.ts';
import { songStyles, type BarContext, type TestSongStyle } from './song-styles.ts';
import { backgroundNoise, room, type Voice } from './test-instruments.ts';

export type { TestSongStyle } from './song-styles.ts';

export interface TestSongOptions {
  style: TestSongStyle;
  /** Tempo in beats per minute (the beat is the quarter note, also in 3/4). */
  bpm: number;
  seconds: number;
  seed: number;
  /** Defaults to 22050 Hz. */
  sampleRate?: number;
  /** Switches to another tempo at the first bar after `atFraction` of the song. */
  tempoChange?: { bpm: number; atFraction: number };
  /** Standard deviation of each note's timing error in seconds; defaults to 7 ms, as a tight human player. */
  timingJitter?: number;
  /** Level of the steady background noise; defaults to 0.05 (about -39 dBFS). */
  noiseLevel?: number;
}

export type TestSectionKind = 'intro' | 'verse' | 'build' | 'chorus' | 'breakdown' | 'outro';

export interface TestSong {
  samples: Float32Array;
  sampleRate: number;
  /** The ground truth: the intended (unhumanised) time of every beat while the music plays. */
  beats: number[];
  downbeats: number[];
  /** The reference tempo: the one held for the larger part of the song when it changes. */
  bpm: number;
  beatsPerBar: number;
  sections: { start: number; end: number; kind: TestSectionKind }[];
}

/** Chord roots (semitones above the key) and whether each chord is minor; common pop progressions. */
const progressions: readonly (readonly [number, boolean])[][] = [
  [[0, false], [7, false], [9, true], [5, false]],
  [[9, true], [5, false], [0, false], [7, false]],
  [[0, false], [9, true], [5, false], [7, false]],
  [[0, true], [8, false], [3, false], [10, false]],
];

const energyOf: Record<TestSectionKind, [number, number]> = {
  intro: [0.45, 0.45], verse: [0.65, 0.65], build: [0.6, 0.95], chorus: [1, 1], breakdown: [0.4, 0.4], outro: [0.55, 0.3],
};

/** Renders a synthetic song whose beat times are known exactly, for tests and the beat benchmark. */
export function renderTestSong(options: TestSongOptions): TestSong {
  const sampleRate = options.sampleRate ?? 22050;
  const random = createSeededRandom(options.seed);
  const style = songStyles[options.style];
  const out = new Float32Array(Math.round(options.seconds * sampleRate));
  const voice: Voice = { out, sampleRate, random };
  const jitter = options.timingJitter ?? 0.007;

  // Lay out bars first: their times are the ground truth, whatever the players do with them.
  const bars: { start: number; beatSeconds: number }[] = [];
  let time = random.between(0.25, 0.75);
  while (true) {
    const changed = options.tempoChange && time >= options.tempoChange.atFraction * options.seconds;
    const beatSeconds = 60 / (changed ? options.tempoChange!.bpm : options.bpm);
    if (time + beatSeconds * style.beatsPerBar > options.seconds - 1) break;
    bars.push({ start: time, beatSeconds });
    time += beatSeconds * style.beatsPerBar;
  }

  if (bars.length === 0) throw new RangeError(`${options.seconds} s is too short for one bar at ${options.bpm} BPM.`);
  const firstBarSeconds = bars[0].beatSeconds * style.beatsPerBar;
  const barsPerSection = Math.max(4, Math.min(8, Math.round(16 / firstBarSeconds)));
  const sectionCount = Math.ceil(bars.length / barsPerSection);
  const plan: TestSectionKind[] = ['intro'];
  const cycle: TestSectionKind[] = ['verse', 'build', 'chorus', 'breakdown', 'build', 'chorus'];
  for (let i = 1; i < sectionCount - 1; i++) plan.push(cycle[(i - 1) % cycle.length]);
  if (sectionCount > 1) plan.push('outro');

  const progression = random.pick(progressions);
  const key = Math.round(random.between(55, 62));
  const sections: TestSong['sections'] = [];
  bars.forEach((bar, barIndex) => {
    const section = Math.floor(barIndex / barsPerSection);
    const kind = plan[section];
    const withinSection = (barIndex % barsPerSection) / Math.max(1, barsPerSection - 1);
    const [energyStart, energyEnd] = energyOf[kind];
    const [rootOffset, minor] = progression[barIndex % progression.length];
    const root = key + rootOffset;
    if (barIndex % barsPerSection === 0) sections.push({ start: bar.start, end: bar.start, kind });
    sections[sections.length - 1].end = bar.start + bar.beatSeconds * style.beatsPerBar;
    const context: BarContext = {
      voice,
      random,
      beatSeconds: bar.beatSeconds,
      energy: energyStart + (energyEnd - energyStart) * withinSection,
      drums: kind !== 'breakdown' && options.style !== 'acoustic',
      chord: [root, root + (minor ? 3 : 4), root + 7],
      at: (position) => bar.start + position * bar.beatSeconds + Math.max(-0.02, Math.min(0.02, random.gaussian(jitter))),
    };
    style.play(context);
  });

  room(out, sampleRate, 0.2);
  let peak = 0;
  for (const sample of out) peak = Math.max(peak, Math.abs(sample));
  const gain = peak > 0 ? random.between(0.5, 0.9) / peak : 0;
  for (let i = 0; i < out.length; i++) out[i] *= gain;
  backgroundNoise(voice, options.noiseLevel ?? 0.05);

  const beats = bars.flatMap((bar) => Array.from({ length: style.beatsPerBar }, (_, beat) => bar.start + beat * bar.beatSeconds));
  const secondsAt = (bpm: number) => bars.filter((bar) => Math.abs(60 / bar.beatSeconds - bpm) < 1e-9).length * (60 / bpm);
  const bpm = options.tempoChange && secondsAt(options.tempoChange.bpm) > secondsAt(options.bpm) ? options.tempoChange.bpm : options.bpm;
  return { samples: out, sampleRate, beats, downbeats: bars.map((bar) => bar.start), bpm, beatsPerBar: style.beatsPerBar, sections };
}

/** The same song as a 16-bit WAV file, to exercise the ffmpeg decode path. */
export function renderTestSongWav(options: TestSongOptions): { song: TestSong; wav: Uint8Array } {
  const song = renderTestSong(options);
  return { song, wav: encodeWav(song.samples, song.sampleRate) };
}
