import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../engine/seeded-random.ts';
import { analyzeAudio } from './analyze-audio.ts';
import { bestBar } from './find-downbeats.ts';
import { renderTestSong } from './testing/render-test-song.ts';
import { beatFMeasure } from './testing/score-beats.ts';
import { bass, hat, kick, noteHz, piano, snare, type Voice } from './testing/test-instruments.ts';

/**
 * 60 s at 100 BPM that opens on an upbeat: one pickup beat (a lone piano chord and snare on beat 4),
 * then bars whose chord changes on beat 1 (I, vi, IV, V), a bass note on beats 1 and 3, the kick on
 * 1 and 3, the snare on 2 and 4, hats on the eighths. Counting bars from the first beat heard puts
 * every bar line a beat early. From 42 s on the piano pushes each chord, arriving on the beat before
 * the bar line as pop and rock players often do: a bar that follows local accents turns a beat early there.
 */
function pickupSong(): { samples: Float32Array; sampleRate: number; barStarts: number[] } {
  const sampleRate = 22050;
  const beatSeconds = 0.6;
  const voice: Voice = { out: new Float32Array(60 * sampleRate), sampleRate, random: createSeededRandom(7) };
  const chords = [[60, 64, 67], [57, 60, 64], [53, 57, 60], [55, 59, 62]];
  const pickup = 0.4;
  piano(voice, pickup, noteHz(67), 0.3);
  snare(voice, pickup, 0.5);
  const barStarts: number[] = [];
  for (let bar = 0, start = pickup + beatSeconds; start + 4 * beatSeconds < 59.5; bar++, start += 4 * beatSeconds) {
    barStarts.push(start);
    const chord = chords[bar % chords.length];
    const pushed = start > 42;
    for (let beat = 0; beat < 4; beat++) {
      const time = start + beat * beatSeconds;
      const sounding = pushed && beat === 3 ? chords[(bar + 1) % chords.length] : chord;
      for (const note of sounding) piano(voice, time, noteHz(note), beat === (pushed ? 3 : 0) ? 0.35 : 0.2);
      if (beat % 2 === 0) {
        kick(voice, time, 0.9);
        bass(voice, time, noteHz(chord[0] - 24), 0.8, 2 * beatSeconds - 0.05);
      } else snare(voice, time, 0.6);
      hat(voice, time, 0.3);
      hat(voice, time + beatSeconds / 2, 0.2);
    }
  }
  return { samples: voice.out, sampleRate, barStarts };
}

describe('findDownbeats', () => {
  // Synthesising and analysing a minute of audio takes seconds, more on a busy machine.
  it('puts the bar lines on the written bar starts of a piece that opens on an upbeat', () => {
    const { samples, sampleRate, barStarts } = pickupSong();
    const analysis = analyzeAudio(samples, sampleRate);
    expect(beatFMeasure(analysis.downbeats, barStarts)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the bar of a swung groove whose kick falls on the "and", from where its chords change', () => {
    // The beats bench's swing song at 138 BPM (development data): downbeat F 0.33 before, the bar slipping with the kick.
    const song = renderTestSong({ style: 'swing', bpm: 138, seconds: 60, seed: 1022, timingJitter: 0.01 });
    const analysis = analyzeAudio(song.samples, song.sampleRate);
    expect(beatFMeasure(analysis.downbeats, song.downbeats)).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps one phase for the whole piece: a few bars of contrary accents do not move the bar line', () => {
    // 40 bars of 4/4 accented on beat 1, then four bars accented on beat 2 (a fill, a held chord).
    const accent = Array.from({ length: 176 }, (_, index) => {
      const inFill = index >= 80 && index < 96;
      return (inFill ? index % 4 === 1 : index % 4 === 0) ? 1.5 : -0.5;
    });
    expect(bestBar(accent)).toMatchObject({ beatsPerBar: 4, phase: 0 });
  });

  it('counts three to the bar where the accents come every third beat', () => {
    const accent = Array.from({ length: 90 }, (_, index) => (index % 3 === 2 ? 1 : -0.5));
    expect(bestBar(accent)).toMatchObject({ beatsPerBar: 3, phase: 2 });
  });
});
