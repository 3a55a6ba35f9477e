import { describe, expect, it } from 'vitest';
import { findDestructiveWish } from './find-destructive-wish.ts';
import { normalizeForMatching } from './normalize-for-matching.ts';

const wishOf = (idea: string) => findDestructiveWish(normalizeForMatching(idea).text);

describe('findDestructiveWish (a hero who sets out to burn or blow up a place; needs WordNet)', () => {
  it('reads the wish to set fire to a place or a building, or to blow it up, however it is said', () => {
    expect(wishOf('a fox who wants to burn down the forest')).toBe('wants to burn down the forest');
    expect(wishOf('a dragon who wants to burn the old bridge')).toBe('wants to burn the old bridge');
    expect(wishOf('a girl who dreams of burning down her house')).toBe('dreams of burning down her house');
    expect(wishOf('a cat who wants to torch the barn')).toBe('wants to torch the barn');
    expect(wishOf('a kid who wants to set fire to the shed')).toBe('wants to set fire to the shed');
    expect(wishOf('a boy who wants to set the barn on fire')).toBe('wants to set the barn on fire');
    expect(wishOf('a boy who plans to blow up the school')).toBe('plans to blow up the school');
    expect(wishOf('my son wants to burn all the trees in the park')).toBe('wants to burn all the trees in the park');
  });

  it('leaves fire and blowing that destroy no place, smashing and popping, and the villain the hero stops', () => {
    expect(wishOf('a dragon who wants to light the fire in the fireplace')).toBeUndefined();
    expect(wishOf('a wizard who wants to light up the whole town')).toBeUndefined();
    expect(wishOf('a boy who wants to blow out the candles')).toBeUndefined();
    expect(wishOf('a bunny who wants to blow up balloons for the party')).toBeUndefined();
    expect(wishOf('a dragon who wants to toast marshmallows')).toBeUndefined();
    expect(wishOf('a puppy who wants to pop all the balloons')).toBeUndefined();
    expect(wishOf('a dino who wants to smash the block tower')).toBeUndefined();
    expect(wishOf('a volcano who wants to blow its top')).toBeUndefined();
    expect(wishOf('a knight who stops a dragon that wants to burn the village')).toBeUndefined();
  });
});
