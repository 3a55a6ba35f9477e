import { describe, expect, it } from 'vitest';
import { chooseFilterStyle } from './choose-filter-style.ts';

describe('choosing a preset and palette from a prompt', () => {
  it.each([
    ['make me an oil painting', 'oil-paint'],
    ['Van Gogh impasto', 'oil-paint'],
    ['anime style', 'cartoon'],
    ['a pencil sketch', 'pencil-sketch'],
    ['soft watercolour painting', 'watercolor'],
    ['impressionist painting like Monet', 'impressionist'],
    ['8-bit retro game', 'pixel-art'],
    ['like an old Game Boy', 'retro-handheld'],
    ['cyberpunk neon glow', 'neon-edges'],
    ['Oil paint', 'oil-paint'],
    ['pixel_art', 'pixel-art'],
  ])('"%s" picks %s', (prompt, preset) => {
    expect(chooseFilterStyle(prompt).preset.name).toBe(preset);
  });

  it('picks a palette from colour words, leaving the preset to the style words', () => {
    const style = chooseFilterStyle('cartoon at sunset');
    expect(style.preset.name).toBe('cartoon');
    expect(style.palette?.name).toBe('warm');
    expect(style.matchedWords).toEqual(['cartoon', 'sunset']);
  });

  it('takes explicit preset: and palette: names over any words', () => {
    const style = chooseFilterStyle('preset:pencil-sketch palette:ink-blue neon');
    expect(style.preset.name).toBe('pencil-sketch');
    expect(style.palette?.name).toBe('ink-blue');
  });

  it('refuses an unknown explicit preset, listing the presets', () => {
    expect(() => chooseFilterStyle('preset:vaporwave')).toThrow(expect.objectContaining({
      code: 'bad_input',
      message: expect.stringMatching(/There is no preset named "vaporwave"; choose one of: cartoon, comic, .*neon-edges\./),
    }));
  });

  it('refuses an unknown explicit palette, listing the palettes', () => {
    expect(() => chooseFilterStyle('cartoon palette:mauve')).toThrow(/no palette named "mauve"; choose one of: warm, cool/);
  });

  it('falls back to the cartoon preset when no word matches, and says so', () => {
    const style = chooseFilterStyle('a cat on a sofa');
    expect(style).toMatchObject({ fellBack: true, matchedWords: [] });
    expect(style.preset.name).toBe('cartoon');
  });
});
