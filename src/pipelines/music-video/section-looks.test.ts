import { describe, expect, it } from 'vitest';
import { deriveScene } from '../../media/illustrator/derive-scene.ts';
import { sectionLooks, withoutTimeWords } from './section-looks.ts';

const sections = ['A', 'B', 'C', 'B', 'B', 'C', 'A'].map((label) => ({ label }));

describe('sectionLooks', () => {
  it('keeps the place the style names and walks its time: just before it, then it, then just after', () => {
    const looks = sectionLooks('a fox and a robot in a neon city at night', sections);
    expect(looks.map((look) => look.place)).toEqual(Array(7).fill('city'));
    expect(looks.map((look) => look.time)).toEqual(['dusk', 'night', 'night', 'night', 'night', 'night', 'dawn']);
  });

  it('walks the places the style names, a returning section coming back to its own, two alike in a row moving on', () => {
    const looks = sectionLooks('from the beach to the city and the forest', sections);
    expect(looks.map((look) => look.place)).toEqual(['beach', 'city', 'forest', 'city', 'forest', 'forest', 'beach']);
    expect(looks.map((look) => look.time)).toEqual(['dawn', 'dawn', 'day', 'sunset', 'sunset', 'dusk', 'night']);
  });

  it('with no place named, moves among the places its subjects live in, through a whole day', () => {
    const looks = sectionLooks('a fox, watercolour', sections);
    expect(new Set(looks.map((look) => look.place)).size).toBe(3);
    expect(looks.slice(1).every((look) => ['forest', 'snowy-village', 'meadow'].includes(look.place))).toBe(true);
    expect(looks.map((look) => look.time)).toEqual(['dawn', 'dawn', 'day', 'sunset', 'sunset', 'dusk', 'night']);
  });

  it('says each look in words the illustrator draws as that place and time', () => {
    for (const look of sectionLooks('two dancers, summer', sections)) {
      const scene = deriveScene(`${look.words}, two dancers, summer`);
      expect([scene.setting, scene.timeOfDay]).toEqual([look.place, look.time]);
    }
  });
});

describe('withoutTimeWords', () => {
  it('takes the time of day out of a style and keeps the rest', () => {
    expect(withoutTimeWords('a fox in a neon city at night, synthwave')).toBe('a fox in a neon city, synthwave');
    expect(withoutTimeWords('Sunrise over the sea')).toBe('over the sea');
    expect(withoutTimeWords('a robot in space')).toBe('a robot in space');
  });
});
