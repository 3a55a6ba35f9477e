import type { SeededRandom } from '../../../engine/seeded-random.ts';
import { bass, hat, kick, noteHz, pad, piano, pluck, snare, type Voice } from './test-instruments.ts';

export type TestSongStyle = 'electronic' | 'rock' | 'hip-hop' | 'waltz' | 'ballad' | 'acoustic' | 'swing' | 'fast-rock';

/** What a style needs to play one bar. */
export interface BarContext {
  voice: Voice;
  random: SeededRandom;
  /** Humanised time of a position counted in beats from the bar's downbeat (fractions allowed). */
  at(position: number): number;
  beatSeconds: number;
  /** 0..1, scales every velocity: quiet intro, loud chorus. */
  energy: number;
  /** False in breakdowns: drums rest, the harmony carries the pulse. */
  drums: boolean;
  /** Chord tones as MIDI notes around middle C; `chord[0]` is the root. */
  chord: readonly number[];
}

interface Style {
  beatsPerBar: number;
  play(bar: BarContext): void;
}

/** A velocity scaled by the section's energy with a little random variation, as players never hit twice alike. */
const velocity = (bar: BarContext, base: number) => Math.max(0.02, base * bar.energy * (1 + bar.random.gaussian(0.1)));
const hz = (midi: number) => noteHz(midi);

function strum(bar: BarContext, position: number, base: number, seconds = 1.0): void {
  const start = bar.at(position);
  bar.chord.forEach((note, index) => pluck(bar.voice, start + index * 0.012, hz(note), velocity(bar, base), seconds));
}

function pianoChord(bar: BarContext, position: number, base: number, seconds = 1.6): void {
  const start = bar.at(position);
  for (const note of bar.chord) piano(bar.voice, start + bar.random.gaussian(0.004), hz(note), velocity(bar, base), seconds);
}

function padBar(bar: BarContext, beats: number, base = 0.5): void {
  pad(bar.voice, bar.at(0), bar.chord.map((note) => hz(note - 12)), base * bar.energy, beats * bar.beatSeconds);
}

export const songStyles: Record<TestSongStyle, Style> = {
  electronic: {
    beatsPerBar: 4,
    play(bar) {
      padBar(bar, 4);
      for (let beat = 0; beat < 4; beat++) {
        if (bar.drums) {
          kick(bar.voice, bar.at(beat), velocity(bar, 0.9));
          if (beat % 2 === 1) snare(bar.voice, bar.at(beat), velocity(bar, 0.5));
          hat(bar.voice, bar.at(beat + 0.5), velocity(bar, 0.5), bar.random.chance(0.3));
          for (const sixteenth of [0.25, 0.75]) hat(bar.voice, bar.at(beat + sixteenth), velocity(bar, 0.15));
        } else {
          pluck(bar.voice, bar.at(beat), hz(bar.chord[beat % 3] + 12), velocity(bar, 0.5), 0.5);
        }
        bass(bar.voice, bar.at(beat + 0.5), hz(bar.chord[0] - 24), velocity(bar, 0.6), bar.beatSeconds * 0.35);
        // A syncopated lead line: onsets between the beats, as real hooks have.
        for (const sixteenth of [0, 0.25, 0.5, 0.75]) {
          if (bar.random.chance(0.22)) pluck(bar.voice, bar.at(beat + sixteenth), hz(bar.random.pick(bar.chord) + 12), velocity(bar, 0.3), 0.3);
        }
      }
    },
  },
  rock: {
    beatsPerBar: 4,
    play(bar) {
      for (let eighth = 0; eighth < 8; eighth++) {
        const position = eighth / 2;
        if (bar.drums) {
          hat(bar.voice, bar.at(position), velocity(bar, eighth % 2 === 0 ? 0.45 : 0.3));
          if (eighth === 0 || eighth === 4 || (eighth === 5 && bar.random.chance(0.35))) kick(bar.voice, bar.at(position), velocity(bar, 0.9));
          if (eighth === 2 || eighth === 6) snare(bar.voice, bar.at(position), velocity(bar, 0.8));
        }
        bass(bar.voice, bar.at(position), hz(bar.chord[0] - 24), velocity(bar, 0.5), bar.beatSeconds * 0.45);
      }
      const strums = bar.drums ? [0, 1.5, 2.5] : [0, 1, 2, 3];
      for (const position of strums) strum(bar, position, 0.45);
    },
  },
  'hip-hop': {
    beatsPerBar: 4,
    play(bar) {
      if (bar.drums) {
        for (const position of [0, 1.5]) kick(bar.voice, bar.at(position), velocity(bar, 0.9));
        if (bar.random.chance(0.5)) kick(bar.voice, bar.at(2.25), velocity(bar, 0.7));
        for (const position of [1, 3]) snare(bar.voice, bar.at(position), velocity(bar, 0.85));
        for (let eighth = 0; eighth < 8; eighth++) hat(bar.voice, bar.at(eighth / 2), velocity(bar, eighth % 2 === 0 ? 0.35 : 0.25));
      }
      for (const position of [0, 1.5]) bass(bar.voice, bar.at(position), hz(bar.chord[0] - 24), velocity(bar, 0.6), bar.beatSeconds * 0.9);
      pianoChord(bar, 0, 0.4, 2.0);
      if (!bar.drums) for (const position of [1, 2, 3]) pianoChord(bar, position, 0.3, 1.0);
      else pianoChord(bar, 2.5, 0.25, 0.6);
    },
  },
  waltz: {
    beatsPerBar: 3,
    play(bar) {
      padBar(bar, 3, 0.3);
      piano(bar.voice, bar.at(0), hz(bar.chord[0] - 24), velocity(bar, 0.8), 1.2);
      for (const position of [1, 2]) pianoChord(bar, position, 0.3, 0.6);
      if (bar.drums) {
        kick(bar.voice, bar.at(0), velocity(bar, 0.35));
        for (const position of [1, 2]) hat(bar.voice, bar.at(position), velocity(bar, 0.25));
      }
      for (const position of [0, 1, 1.5, 2, 2.5]) {
        if (bar.random.chance(0.3)) pluck(bar.voice, bar.at(position), hz(bar.random.pick(bar.chord) + 12), velocity(bar, 0.3), 0.5);
      }
    },
  },
  ballad: {
    beatsPerBar: 4,
    play(bar) {
      padBar(bar, 4, 0.4);
      piano(bar.voice, bar.at(0), hz(bar.chord[0] - 24), velocity(bar, 0.6), 2.5);
      pianoChord(bar, 0, 0.4, 2.5);
      pianoChord(bar, 2, 0.3, 2.0);
      // Soft eighth-note arpeggio: the pulse a pianist keeps, weaker than the chords.
      for (let eighth = 1; eighth < 8; eighth++) {
        if (eighth === 4) continue;
        piano(bar.voice, bar.at(eighth / 2), hz(bar.chord[eighth % 3] + 12), velocity(bar, eighth % 2 === 0 ? 0.3 : 0.2), 0.8);
      }
      if (bar.drums) {
        kick(bar.voice, bar.at(0), velocity(bar, 0.3));
        for (const position of [1, 3]) snare(bar.voice, bar.at(position), velocity(bar, 0.18));
        for (let eighth = 0; eighth < 8; eighth++) hat(bar.voice, bar.at(eighth / 2), velocity(bar, 0.08));
      }
    },
  },
  acoustic: {
    beatsPerBar: 4,
    play(bar) {
      padBar(bar, 4, 0.3);
      for (let beat = 0; beat < 4; beat++) strum(bar, beat, beat === 0 ? 0.55 : 0.4, 0.8);
      for (const position of [0, 2]) pluck(bar.voice, bar.at(position), hz(bar.chord[0] - 24), velocity(bar, 0.7), 1.5);
      for (let eighth = 0; eighth < 8; eighth++) {
        if (bar.random.chance(0.3)) pluck(bar.voice, bar.at(eighth / 2), hz(bar.random.pick(bar.chord) + 12), velocity(bar, 0.3), 0.4);
      }
    },
  },
  swing: {
    beatsPerBar: 4,
    play(bar) {
      const triplet = 2 / 3;
      if (bar.drums) {
        for (const position of [0, 1, 1 + triplet, 2, 3, 3 + triplet]) hat(bar.voice, bar.at(position), velocity(bar, 0.4), true);
        for (const position of [1, 3]) hat(bar.voice, bar.at(position), velocity(bar, 0.3));
        for (let beat = 0; beat < 4; beat++) kick(bar.voice, bar.at(beat), velocity(bar, 0.25));
        for (let beat = 0; beat < 4; beat++) if (bar.random.chance(0.2)) snare(bar.voice, bar.at(beat + triplet), velocity(bar, 0.25));
      }
      // Walking bass: a note on every beat, mostly chord tones.
      for (let beat = 0; beat < 4; beat++) {
        const note = beat === 0 ? bar.chord[0] : bar.random.pick(bar.chord) + bar.random.pick([0, 0, 2, -1]);
        bass(bar.voice, bar.at(beat), hz(note - 24), velocity(bar, 0.7), bar.beatSeconds * 0.85);
      }
      for (const position of [bar.random.pick([0, triplet, 1 + triplet]), bar.random.pick([2, 2 + triplet, 3 + triplet])]) {
        pianoChord(bar, position, 0.3, 0.5);
      }
    },
  },
  'fast-rock': {
    beatsPerBar: 4,
    play(bar) {
      for (let eighth = 0; eighth < 8; eighth++) {
        const position = eighth / 2;
        if (bar.drums) {
          hat(bar.voice, bar.at(position), velocity(bar, 0.35));
          if (eighth === 0 || eighth === 4) kick(bar.voice, bar.at(position), velocity(bar, 0.9));
          if (eighth === 2 || eighth === 6) snare(bar.voice, bar.at(position), velocity(bar, 0.85));
        }
        bass(bar.voice, bar.at(position), hz(bar.chord[0] - 24), velocity(bar, eighth % 2 === 0 ? 0.55 : 0.4), bar.beatSeconds * 0.4);
        strum(bar, position, eighth % 2 === 0 ? 0.4 : 0.3, 0.25);
      }
    },
  },
};
