import { describe, expect, it } from 'vitest';
import { renderTestSong, renderTestSongWav } from './render-test-song.ts';

describe('renderTestSong', () => {
  it('renders the same samples for the same seed and different ones for another', () => {
    const options = { style: 'rock', bpm: 110, seconds: 6, seed: 7 } as const;
    const first = renderTestSong(options);
    const again = renderTestSong(options);
    const other = renderTestSong({ ...options, seed: 8 });
    expect(again.samples).toEqual(first.samples);
    expect(other.samples).not.toEqual(first.samples);
  });

  it('places beats one period apart and downbeats every bar', () => {
    const song = renderTestSong({ style: 'waltz', bpm: 120, seconds: 20, seed: 1 });
    expect(song.beatsPerBar).toBe(3);
    for (let i = 1; i < song.beats.length; i++) expect(song.beats[i] - song.beats[i - 1]).toBeCloseTo(0.5, 6);
    expect(song.downbeats).toEqual(song.beats.filter((_, index) => index % 3 === 0));
    expect(song.beats[song.beats.length - 1]).toBeLessThan(20);
  });

  it('changes tempo and reports the tempo held longer as the reference', () => {
    const song = renderTestSong({ style: 'rock', bpm: 90, seconds: 40, seed: 2, tempoChange: { bpm: 120, atFraction: 0.3 } });
    const gaps = song.beats.slice(1).map((time, i) => time - song.beats[i]);
    expect(gaps[0]).toBeCloseTo(60 / 90, 6);
    expect(gaps[gaps.length - 1]).toBeCloseTo(0.5, 6);
    expect(song.bpm).toBe(120);
  });

  it('stays within full scale and is not silent', () => {
    const { samples } = renderTestSong({ style: 'electronic', bpm: 128, seconds: 8, seed: 3 });
    const peak = samples.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
    expect(peak).toBeGreaterThan(0.3);
    expect(peak).toBeLessThanOrEqual(1);
  });

  it('encodes a mono 16-bit WAV of the right length', () => {
    const { song, wav } = renderTestSongWav({ style: 'acoustic', bpm: 100, seconds: 5, seed: 4, sampleRate: 16000 });
    const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe('RIFF');
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(16000);
    expect(view.getUint32(40, true)).toBe(song.samples.length * 2);
  });

  it('refuses a length too short for one bar', () => {
    expect(() => renderTestSong({ style: 'ballad', bpm: 60, seconds: 3, seed: 5 })).toThrow(RangeError);
  });
});
