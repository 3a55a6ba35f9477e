import { createHash } from 'node:crypto';
import { beatTicks } from './midi-beat-grid.ts';
import type { MmaGroove, MmaStyle } from './mma-groove-library.ts';

/** MMA writes 192 ticks a quarter note. */
const mmaTicksPerQuarter = 192;

export interface MmaChart {
  /** The .mma file's text: tempo, grooves with their written metre, one chord a bar. */
  text: string;
  /** The tapped beat's tempo (BPM) of the main groove, and after the tempo change when there is one. */
  tempos: number[];
  /** Every written metre, in order, e.g. ["4/4", "3/4", "4/4"]. */
  metres: string[];
}

/**
 * Tempo ranges of the tapped beat, by the style file's name (the first that matches): slow ballads
 * and fast dances on purpose, since a tracker's half or double tempo errors live at both ends.
 */
const tempoRanges: [RegExp, number, number][] = [
  [/march/, 100, 130],
  [/slow|ballad|lullaby|hymn|spiritual|nitejazz|mellowjazz|evansish|desert/, 60, 85],
  [/fast|bebop|quickstep|bluegrass|polka|charleston|dixie|jive|ska|samba|merengue|viene|twist|bigband|boggie|countryswing|westernswing|zydeco|50srock|bubblerock|showtune|gypsyjazz/, 160, 220],
  [/./, 90, 150],
];

/** Chord progressions as (semitones above the key, chord quality), one chord a bar; cycled to fill the body. */
const progressions: [number, string][][] = [
  [[0, ''], [7, ''], [9, 'm'], [5, '']],
  [[0, ''], [9, 'm'], [5, ''], [7, '7']],
  [[2, 'm7'], [7, '7'], [0, 'maj7'], [0, 'maj7'], [0, 'maj7'], [9, 'm7'], [2, 'm7'], [7, '7']],
  [[0, '7'], [5, '7'], [0, '7'], [0, '7'], [5, '7'], [5, '7'], [0, '7'], [0, '7'], [7, '7'], [5, '7'], [0, '7'], [7, '7']],
  [[0, 'm'], [5, 'm'], [7, '7'], [0, 'm']],
  [[0, ''], [5, ''], [0, ''], [7, '7']],
];
const keys = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];
const isSection = /intro|end|fill|break/i;

/**
 * A chord chart for one style, every choice drawn from a seed made of the style's name: the main
 * groove (the first that is no intro, fill or ending), then its first fill for one bar, then the
 * next plain groove as the variation, the main groove again and the ending; a 4-bar intro first when
 * the file has one. Sections whose groove has another Time than the main one are left out, so the
 * tapped beat keeps one length. About one piece in seven changes tempo at the variation, and about
 * one 4/4 piece in eight plays 8 bars of MMA's plain Waltz (3/4) before it.
 */
export function mmaChart(style: MmaStyle, waltz: MmaGroove): MmaChart | null {
  const random = seededRandom(style.name);
  const main = style.grooves.find((groove) => !isSection.test(groove.name));
  if (!main) return null;
  const same = (groove: MmaGroove | undefined) => (groove && groove.time === main.time ? groove : undefined);
  const intro = same(style.grooves.find((groove) => /intro/i.test(groove.name)));
  const fill = same(style.grooves.find((groove) => /fill/i.test(groove.name)));
  const variation = same(style.grooves.slice(style.grooves.indexOf(main) + 1).find((groove) => !isSection.test(groove.name))) ?? main;
  const ending = same(style.grooves.find((groove) => /end/i.test(groove.name)));
  const signature = writtenSignature(style.name, main);
  const beat = beatTicks(mmaTicksPerQuarter, signature.numerator, signature.denominator);
  const [, low, high] = tempoRanges.find(([pattern]) => pattern.test(style.name))!;
  const tempo = Math.round(low + random() * (high - low));
  // MMA's Tempo counts quarter notes; the tapped beat is a dotted quarter in 6/8.
  const mmaTempo = (felt: number) => Math.round((felt * beat) / mmaTicksPerQuarter);
  const barSeconds = (main.time * 60) / mmaTempo(tempo);
  const bodyBars = Math.max(24, Math.round((60 + random() * 40) / barSeconds));
  const key = Math.floor(random() * keys.length);
  const progression = progressions[Math.floor(random() * progressions.length)];
  const chord = (bar: number) => {
    const [step, quality] = progression[bar % progression.length];
    return `${keys[(key + step) % 12]}${quality}`;
  };
  const tempoChange = random() < 1 / 7 ? Math.round(tempo * (random() < 0.5 ? 0.88 : 1.12)) : null;
  const metreChange = main.time === 4 && random() < 1 / 8;
  const lines = [`// ${style.name}: written for Kiln's beat bench (bench/beats/mma-songs.ts)`, `Tempo ${mmaTempo(tempo)}`];
  const metres: string[] = [];
  let bar = 0;
  const section = (groove: MmaGroove, bars: number, written = signature) => {
    lines.push(`Groove ${groove.name}`, `TimeSig ${written.numerator} ${written.denominator}`);
    metres.push(`${written.numerator}/${written.denominator}`);
    for (let i = 0; i < bars; i++) lines.push(chord(bar++));
  };
  if (intro) section(intro, 4);
  const firstPart = Math.round(bodyBars / 2);
  const variationBars = Math.round(bodyBars / 4);
  section(main, firstPart - (fill ? 1 : 0));
  if (fill) section(fill, 1);
  if (tempoChange) lines.push(`Tempo ${mmaTempo(tempoChange)}`);
  if (metreChange) section(waltz, 8, { numerator: 3, denominator: 4 });
  section(variation, variationBars);
  section(main, bodyBars - firstPart - variationBars);
  if (ending) section(ending, 2);
  return { text: `${lines.join('\n')}\n`, tempos: tempoChange ? [tempo, tempoChange] : [tempo], metres: metres.filter((m, i) => i === 0 || metres[i - 1] !== m) };
}

/**
 * The metre written after every Groove command. The library's own TimeSig when its bar is MMA's bar
 * (afro-cuban: Time 3, 6/8); otherwise Time quarters a bar, because several files write a metre
 * their ticks do not keep (68march: Time 2 under 6/8; ballad68: Time 4 under 6/8; vienesewaltz:
 * Time 3 under 4/4), which would put the reference beats off the music. Marches and polkas are
 * written 2/4, as their music is (the library plays them in 4/4 at the same quarter).
 */
export function writtenSignature(styleName: string, groove: MmaGroove): { numerator: number; denominator: number } {
  if (groove.time === 4 && /march|polka/.test(styleName)) return { numerator: 2, denominator: 4 };
  const written = groove.written;
  if (written && (written.numerator * 4) / written.denominator === groove.time) return written;
  return { numerator: groove.time, denominator: 4 };
}

/** Numbers in [0, 1) from SHA-256 of the seed and a counter: the same chart on every machine. */
function seededRandom(seed: string): () => number {
  let counter = 0;
  return () => createHash('sha256').update(`${seed}:${counter++}`).digest().readUInt32BE(0) / 2 ** 32;
}
