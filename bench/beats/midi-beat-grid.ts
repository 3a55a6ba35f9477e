import type { MidiFile } from './parse-midi-file.ts';

export interface MidiBeatGrid {
  /** Every beat of the piece in seconds, from the first time signature to the last note. */
  beats: number[];
  /** Every written bar line (the first beat of each bar) in seconds, over the same span. */
  downbeats: number[];
  /** Each time signature as written, e.g. "4/4", in order, without repeats. */
  meters: string[];
  /** The number of tempo changes (FF 51 events after the first). */
  tempoChanges: number;
}

/**
 * The written beat: the denominator's note (a quarter in 3/4 and 4/4, a half in 2/2), except in
 * compound metres (6/8, 9/8, 12/8), where listeners tap the dotted quarter, three of the eighths.
 */
export function beatTicks(ticksPerQuarter: number, numerator: number, denominator: number): number {
  const unit = (ticksPerQuarter * 4) / denominator;
  return denominator >= 8 && numerator % 3 === 0 && numerator > 3 ? 3 * unit : unit;
}

/** Converts ticks to seconds through the tempo map. */
export function tickClock(file: MidiFile): (tick: number) => number {
  const tempos = file.tempos.length > 0 && file.tempos[0].tick === 0 ? file.tempos : [{ tick: 0, microsPerQuarter: 500000 }, ...file.tempos];
  const startSeconds: number[] = [0];
  for (let i = 1; i < tempos.length; i++) {
    const previous = tempos[i - 1];
    startSeconds.push(startSeconds[i - 1] + ((tempos[i].tick - previous.tick) * previous.microsPerQuarter) / 1e6 / file.ticksPerQuarter);
  }
  return (tick) => {
    let i = tempos.length - 1;
    while (i > 0 && tempos[i].tick > tick) i--;
    return startSeconds[i] + ((tick - tempos[i].tick) * tempos[i].microsPerQuarter) / 1e6 / file.ticksPerQuarter;
  };
}

/** The reference beats of a MIDI file, read from its own tempo map and time signatures. */
export function midiBeatGrid(file: MidiFile): MidiBeatGrid {
  const toSeconds = tickClock(file);
  const signatures = file.timeSignatures.length > 0 ? file.timeSignatures : [{ tick: 0, numerator: 4, denominator: 4 }];
  const lastNote = file.notes.length > 0 ? file.notes[file.notes.length - 1].tick : file.endTick;
  const beatTickList: number[] = [];
  const barTickList: number[] = [];
  signatures.forEach((signature, index) => {
    const step = beatTicks(file.ticksPerQuarter, signature.numerator, signature.denominator);
    const bar = (signature.numerator * file.ticksPerQuarter * 4) / signature.denominator;
    const until = index + 1 < signatures.length ? signatures[index + 1].tick : lastNote + 1;
    for (let tick = signature.tick; tick < until; tick += step) beatTickList.push(tick);
    // A time signature starts a bar, so each one restarts the bar count (a pickup bar included).
    for (let tick = signature.tick; tick < until; tick += bar) barTickList.push(tick);
  });
  const beats = beatTickList.map(toSeconds);
  const downbeats = barTickList.map(toSeconds);
  const meters = signatures.map((s) => `${s.numerator}/${s.denominator}`).filter((meter, i, all) => i === 0 || all[i - 1] !== meter);
  return { beats, downbeats, meters, tempoChanges: Math.max(0, file.tempos.length - 1) };
}

/** The beat tempo held longest (by time), in BPM: what a tracker's single tempo should report. */
export function heldTempo(beats: readonly number[]): number {
  // Each inter-beat interval votes for its tempo, rounded to 1 %, with its duration.
  const held = new Map<number, number>();
  for (let i = 1; i < beats.length; i++) {
    const key = Math.round(Math.log(60 / (beats[i] - beats[i - 1])) / Math.log(1.01));
    held.set(key, (held.get(key) ?? 0) + beats[i] - beats[i - 1]);
  }
  let mainKey = 0;
  let longest = -1;
  for (const [key, seconds] of held) if (seconds > longest) [mainKey, longest] = [key, seconds];
  return 1.01 ** mainKey;
}
