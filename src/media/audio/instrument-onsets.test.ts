import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../engine/seeded-random.ts';
import { analyzeAudio } from './analyze-audio.ts';
import { backgroundNoise, bass, hat, kick, noteHz, piano, snare, type Voice } from './testing/test-instruments.ts';

const sampleRate = 22050;
const hitTimes = Array.from({ length: 14 }, (_, index) => 0.5 + index * 0.5);

/** Eight seconds of one instrument alone, a hit every half second, over faint noise. */
function soloTrack(play: (voice: Voice, time: number, index: number) => void): Float32Array {
  const voice: Voice = { out: new Float32Array(sampleRate * 8), sampleRate, random: createSeededRandom(3) };
  hitTimes.forEach((time, index) => play(voice, time, index));
  backgroundNoise(voice, 0.01);
  return voice.out;
}

function instrumentsOf(samples: Float32Array) {
  const { instruments } = analyzeAudio(samples, sampleRate);
  if (!instruments) throw new Error('the analysis has no instrument onsets');
  return instruments;
}

/** Each hit is found within 30 ms, once. */
function expectHits(found: readonly number[], truth: readonly number[]): void {
  expect(found).toHaveLength(truth.length);
  found.forEach((time, index) => expect(Math.abs(time - truth[index])).toBeLessThan(0.03));
}

describe('findInstrumentOnsets (through analyzeAudio)', () => {
  it('hears a kick-only track as kicks and nothing else', () => {
    const found = instrumentsOf(soloTrack((voice, time) => kick(voice, time, 0.9)));
    expectHits(found.kick, hitTimes);
    expect({ snare: found.snare, hats: found.hats, melodic: found.melodic }).toEqual({ snare: [], hats: [], melodic: [] });
  });

  it('hears a hat-only track as hats and nothing else', () => {
    const found = instrumentsOf(soloTrack((voice, time) => hat(voice, time, 0.7)));
    expectHits(found.hats, hitTimes);
    expect({ kick: found.kick, snare: found.snare, melodic: found.melodic }).toEqual({ kick: [], snare: [], melodic: [] });
  });

  it('hears a snare-only track as snares and a piano line as melody', () => {
    const snares = instrumentsOf(soloTrack((voice, time) => snare(voice, time, 0.8)));
    expectHits(snares.snare, hitTimes);
    expect([...snares.kick, ...snares.hats, ...snares.melodic]).toEqual([]);
    const notes = instrumentsOf(soloTrack((voice, time, index) => piano(voice, time, noteHz(60 + [0, 4, 7, 12, 5, 9][index % 6]), 0.8)));
    expectHits(notes.melodic, hitTimes);
    expect([...notes.kick, ...notes.snare, ...notes.hats]).toEqual([]);
  });

  it('counts bass notes as low hits, and hears a hat that lands with a kick', () => {
    const bassLine = instrumentsOf(soloTrack((voice, time, index) => bass(voice, time, noteHz(36 + [0, 5, 7][index % 3]), 0.8, 0.4)));
    expectHits(bassLine.kick, hitTimes);
    const kit = instrumentsOf(soloTrack((voice, time) => {
      kick(voice, time, 0.9);
      hat(voice, time, 0.5);
      hat(voice, time + 0.25, 0.5);
    }));
    expectHits(kit.kick, hitTimes);
    // The off-beat hats stand alone; most of those under a kick are heard too.
    expect(kit.hats.length).toBeGreaterThanOrEqual(hitTimes.length + 8);
    expect(kit.snare).toEqual([]);
  });
});
