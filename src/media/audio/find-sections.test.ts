import { describe, expect, it } from 'vitest';
import { findSections } from './find-sections.ts';
import { computeSpectralFeatures } from './spectral-features.ts';
import { renderTestSong } from './testing/render-test-song.ts';

describe('findSections', () => {
  it('finds the breakdown where the drums stop and covers the song without gaps', () => {
    const song = renderTestSong({ style: 'rock', bpm: 112, seconds: 80, seed: 4 });
    const features = computeSpectralFeatures(song.samples, song.sampleRate);
    const duration = song.samples.length / song.sampleRate;
    const sections = findSections(features, duration, song.downbeats);
    const breakdown = song.sections.find((section) => section.kind === 'breakdown')!;
    expect(sections.some((section) => Math.abs(section.start - breakdown.start) < 2)).toBe(true);
    expect(sections.length).toBeGreaterThanOrEqual(2);
    expect(sections.length).toBeLessThanOrEqual(8);
    expect(sections[0].start).toBe(0);
    expect(sections[sections.length - 1].end).toBeCloseTo(duration, 2);
    for (const section of sections) expect(section.label).toMatch(/^[A-Z]$/);
  });

  it('gives a short clip one section', () => {
    const song = renderTestSong({ style: 'electronic', bpm: 120, seconds: 12, seed: 5 });
    const sections = findSections(computeSpectralFeatures(song.samples, song.sampleRate), 12, song.downbeats);
    expect(sections).toEqual([{ start: 0, end: 12, label: 'A' }]);
  });
});
