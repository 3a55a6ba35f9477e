import { describe, expect, it } from 'vitest';
import { chooseFilterStyle } from './choose-filter-style.ts';

describe('choosing a preset and palette from a prompt', () => {
  it.each([
    ['make me an oil painting', 'oil-paint'],
    ['Van Gogh impasto', 'oil-paint'],
    ['anime style', 'anime'],
    ['a cartoon', 'cartoon'],
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
      message: expect.stringMatching(/There is no preset named "vaporwave"; choose one of: cartoon, comic, anime, .*colour-grade\./),
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

describe('colour, mood and place words', () => {
  it('grades "a dreamy underwater scene" blue-green and soft instead of cartooning it, and says which words it used', () => {
    const style = chooseFilterStyle('a dreamy underwater scene');
    expect(style.preset.name).toBe('colour-grade');
    expect(style.fellBack).toBe(false);
    expect(style.matchedWords).toEqual(expect.arrayContaining(['dreamy', 'underwater']));
    const tint = style.adjustments?.tint ?? [0, 0, 0];
    expect(tint[1]).toBeGreaterThan(tint[0] + 60);
    expect(tint[2]).toBeGreaterThan(tint[0] + 60);
    expect(style.adjustments?.softness).toBeGreaterThan(1);
    expect(style.effects.join(', ')).toMatch(/blue-green tint.*soft focus, lighter/);
  });

  it('keeps a look word’s preset and adds the mood on top', () => {
    const style = chooseFilterStyle('a gloomy watercolour of a forest');
    expect(style.preset.name).toBe('watercolor');
    expect(style.adjustments).toMatchObject({ brightness: expect.any(Number), tint: expect.any(Array) });
    expect(style.adjustments!.brightness!).toBeLessThan(1);
    expect(style.matchedWords).toEqual(expect.arrayContaining(['watercolour', 'gloomy', 'forest']));
  });

  it('maps eras and materials onto looks', () => {
    expect(chooseFilterStyle('a 1920s silent movie').preset.name).toBe('sepia-film');
    expect(chooseFilterStyle('a stained glass window').preset.name).toBe('stained-glass');
    expect(chooseFilterStyle('printed in an old newspaper').preset.name).toBe('halftone');
  });
});
