import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../engine/errors/index.ts';
import { analyzeAudio } from './analyze-audio.ts';
import { audioAnalysisSchema } from './audio-analysis-schema.ts';
import { renderTestSong, type TestSong, type TestSongOptions } from './testing/render-test-song.ts';
import { beatFMeasure, tempoMatches } from './testing/score-beats.ts';

const analysed = new Map<string, { song: TestSong; analysis: ReturnType<typeof analyzeAudio> }>();
function analyse(options: TestSongOptions) {
  const key = JSON.stringify(options);
  if (!analysed.has(key)) {
    const song = renderTestSong(options);
    analysed.set(key, { song, analysis: analyzeAudio(song.samples, song.sampleRate) });
  }
  return analysed.get(key)!;
}

const rock: TestSongOptions = { style: 'rock', bpm: 112, seconds: 30, seed: 11 };
const waltz: TestSongOptions = { style: 'waltz', bpm: 150, seconds: 30, seed: 13 };

describe('analyzeAudio: tempo and beats', () => {
  it.each<[string, TestSongOptions]>([
    ['rock in 4/4', rock],
    ['four-on-the-floor electronic', { style: 'electronic', bpm: 126, seconds: 30, seed: 12 }],
    ['a waltz in 3/4', waltz],
    ['a slow ballad with soft eighth notes (not doubled)', { style: 'ballad', bpm: 64, seconds: 40, seed: 14 }],
    ['fast rock (not halved)', { style: 'fast-rock', bpm: 172, seconds: 30, seed: 15 }],
    ['a song without drums', { style: 'acoustic', bpm: 96, seconds: 30, seed: 16 }],
    ['a shuffle', { style: 'swing', bpm: 120, seconds: 30, seed: 17 }],
  ])('finds the tempo (within 4 percent) and the beats (F ≥ 0.9) of %s', (_, options) => {
    const { song, analysis } = analyse(options);
    expect(tempoMatches(analysis.tempo.bpm, song.bpm)).toBe(true);
    expect(beatFMeasure(analysis.beats, song.beats)).toBeGreaterThanOrEqual(0.9);
  });

  it('follows a tempo change and reports the tempo held longer', () => {
    const { song, analysis } = analyse({ style: 'rock', bpm: 96, seconds: 50, seed: 18, tempoChange: { bpm: 124, atFraction: 0.4 } });
    expect(analysis.tempo.bpm).toBeGreaterThan(124 * 0.96);
    expect(analysis.tempo.bpm).toBeLessThan(124 * 1.04);
    expect(beatFMeasure(analysis.beats, song.beats)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the beat at the level a tempo hint names: the same song counted in halves or doubles', () => {
    const { song, analysis } = analyse(rock);
    const hinted = (tempoHint: number) => analyzeAudio(song.samples, song.sampleRate, { tempoHint });
    // A rough hint (8 % off) at the song's own tempo keeps its beats; at half or double, the beats follow it.
    const same = hinted(song.bpm * 1.08);
    expect(tempoMatches(same.tempo.bpm, song.bpm)).toBe(true);
    expect(same.beats).toEqual(analysis.beats);
    const halved = hinted(song.bpm / 2);
    expect(tempoMatches(halved.tempo.bpm, song.bpm / 2)).toBe(true);
    const everyOther = (parity: number) => song.beats.filter((_, i) => i % 2 === parity);
    expect(Math.max(beatFMeasure(halved.beats, everyOther(0)), beatFMeasure(halved.beats, everyOther(1)))).toBeGreaterThanOrEqual(0.9);
    const doubled = hinted(song.bpm * 2);
    expect(tempoMatches(doubled.tempo.bpm, song.bpm * 2)).toBe(true);
    expect(beatFMeasure(song.beats, doubled.beats.filter((time) => song.beats.some((beat) => Math.abs(beat - time) < 0.07)))).toBeGreaterThanOrEqual(0.9);
  });

  it('refuses a tempo hint outside 40 to 240 BPM, saying so', () => {
    const { song } = analyse(rock);
    expect(() => analyzeAudio(song.samples, song.sampleRate, { tempoHint: 300 })).toThrow(/tempo hint must be from 40 to 240 BPM, not 300/);
    expect(() => analyzeAudio(song.samples, song.sampleRate, { tempoHint: Number.NaN })).toThrow(BadInputError);
  });

  it('is more confident about a drum track than about noise', () => {
    const { analysis } = analyse(rock);
    let state = 1;
    const noise = Float32Array.from({ length: 22050 * 20 }, () => ((state = (state * 16807) % 2147483647) / 2147483647 - 0.5) * 0.5);
    const noiseAnalysis = analyzeAudio(noise, 22050);
    expect(analysis.tempo.confidence).toBeGreaterThan(0.4);
    expect(noiseAnalysis.tempo.confidence).toBeLessThan(analysis.tempo.confidence / 2);
  });
});

describe('analyzeAudio: bars, loudness and structure', () => {
  it('puts downbeats on the first beat of each 4/4 bar', () => {
    const { song, analysis } = analyse(rock);
    expect(beatFMeasure(analysis.downbeats, song.downbeats)).toBeGreaterThanOrEqual(0.9);
  });

  it('counts three beats to the bar in a waltz', () => {
    const { song, analysis } = analyse(waltz);
    expect(beatFMeasure(analysis.downbeats, song.downbeats)).toBeGreaterThanOrEqual(0.9);
  });

  it('rates the chorus louder than the intro', () => {
    const { song, analysis } = analyse({ style: 'electronic', bpm: 128, seconds: 70, seed: 21 });
    const meanOver = ({ start, end }: { start: number; end: number }) => {
      const values = analysis.intensity_curve.slice(Math.ceil(start), Math.floor(end));
      return values.reduce((sum, value) => sum + value, 0) / values.length;
    };
    const intro = song.sections.find((section) => section.kind === 'intro')!;
    const chorus = song.sections.find((section) => section.kind === 'chorus')!;
    expect(meanOver(chorus)).toBeGreaterThan(meanOver(intro) + 0.15);
  });

  it('fills the contract: schema, one intensity per second, sections covering the song', () => {
    const { analysis } = analyse(rock);
    expect(() => audioAnalysisSchema.parse(analysis)).not.toThrow();
    expect(analysis.intensity_curve).toHaveLength(Math.ceil(analysis.duration));
    expect(analysis.sections[0].start).toBe(0);
    expect(analysis.sections[analysis.sections.length - 1].end).toBeCloseTo(analysis.duration, 2);
    for (let i = 1; i < analysis.sections.length; i++) expect(analysis.sections[i].start).toBe(analysis.sections[i - 1].end);
  });

  it('picks seven key moments on beats, the opening first', () => {
    const { analysis } = analyse(rock);
    const moments = analysis.key_moments;
    expect(moments).toHaveLength(7);
    expect(moments[0].description).toBe('opening');
    expect(moments[0].timestamp).toBeLessThan(1);
    for (let i = 1; i < moments.length; i++) {
      expect(moments[i].timestamp).toBeGreaterThan(moments[i - 1].timestamp);
      expect(analysis.beats).toContain(moments[i].timestamp);
    }
    expect(moments.map((moment) => moment.description)).toContain('climax');
  });

  it('picks as many key moments as asked', () => {
    const { song } = analyse(rock);
    expect(analyzeAudio(song.samples, song.sampleRate, { keyMoments: 3 }).key_moments).toHaveLength(3);
    expect(analyzeAudio(song.samples, song.sampleRate, { keyMoments: 12 }).key_moments).toHaveLength(12);
  });
});

describe('analyzeAudio: refusals', () => {
  it('refuses silence with a sentence that says so', () => {
    expect(() => analyzeAudio(new Float32Array(22050 * 10), 22050)).toThrow(BadInputError);
    expect(() => analyzeAudio(new Float32Array(22050 * 10), 22050)).toThrow(/silent/);
  });

  it('refuses audio shorter than two seconds', () => {
    const short = renderTestSong({ style: 'rock', bpm: 120, seconds: 4, seed: 1 }).samples.subarray(0, 22050 * 1.5);
    expect(() => analyzeAudio(short, 22050)).toThrow(/at least 2 seconds/);
  });

  it('refuses a key moment count that is not a whole number from 1 to 64', () => {
    const { song } = analyse(rock);
    expect(() => analyzeAudio(song.samples, song.sampleRate, { keyMoments: 0 })).toThrow(BadInputError);
    expect(() => analyzeAudio(song.samples, song.sampleRate, { keyMoments: 2.5 })).toThrow(BadInputError);
  });

  it('refuses samples that are not numbers', () => {
    const broken = new Float32Array(22050 * 3).fill(0.1);
    broken[100] = Number.NaN;
    expect(() => analyzeAudio(broken, 22050)).toThrow(/not finite/);
  });
});
