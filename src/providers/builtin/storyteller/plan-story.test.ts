import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../media/illustrator/find-terms.ts';
import { isLocated, isLocatedPhrase } from './plan-story.ts';

const locatives = new Set(['in', 'at', 'near', 'to']);
/** Whether the text puts someone at its word `place`. */
const located = (text: string, place: string) => {
  const tokens = tokenize(text);
  return isLocated(tokens, tokens.indexOf(place), locatives);
};

describe('isLocated: where a scene puts someone', () => {
  it('reads a locative before the part of a place and its "of"', () => {
    expect(located('There, at the edge of the meadow, Moss managed to fly', 'meadow')).toBe(true);
    expect(located('They went to the top of the hill to practise', 'hill')).toBe(true);
    expect(located('Mia loved space and cats', 'space')).toBe(false);
  });

  it('reads "at last" and "at first" as when, not where', () => {
    expect(located('At last the kite was finished', 'kite')).toBe(false);
    expect(located('At first the kite would not fly', 'kite')).toBe(false);
    expect(located('They rested at the kite stall', 'kite')).toBe(true);
  });

  it('leaves a place to another preposition that comes between: feeling wobbly inside about the wave is at no wave', () => {
    const inside = new Set([...locatives, 'inside']);
    const tokens = tokenize('Nutmeg felt wobbly inside about the wave');
    expect(isLocated(tokens, tokens.indexOf('wave'), inside)).toBe(false);
    expect(located('They sat at the edge of the meadow', 'meadow')).toBe(true);
  });
  it('reads a place phrase that holds its own preposition as where someone is, a single word never', () => {
    // "there they were, on the moon" was drawn at the river of the scene before: "on the moon" had no locative before it.
    const moon = tokenize('And there they were, on the moon, just as Pip had dreamed');
    expect(isLocatedPhrase(moon, { start: moon.indexOf('on'), end: moon.indexOf('on') + 3 }, new Set([...locatives, 'on']))).toBe(true);
    const glowing = tokenize('Pip felt warm and glowing inside');
    expect(isLocatedPhrase(glowing, { start: glowing.indexOf('inside'), end: glowing.indexOf('inside') + 1 }, new Set([...locatives, 'inside']))).toBe(false);
  });
});
