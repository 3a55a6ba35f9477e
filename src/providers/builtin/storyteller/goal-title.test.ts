import { describe, expect, it } from 'vitest';
import { goalTitle } from './goal-title.ts';

describe('goalTitle', () => {
  it('tells the goal in at most three of its words, never the idea pasted', () => {
    expect(goalTitle('Pip', 'learn to skip')).toBe('Pip Learns to Skip');
    expect(goalTitle('Hazel', 'carry dreams to every house')).toBe('Hazel Carries Dreams');
    expect(goalTitle('Moss', 'paint the moon silver')).toBe('Moss Paints the Moon');
  });

  it('never ends on a describing word: the thing it describes is named instead', () => {
    expect(goalTitle('Fig', 'open the big red box')).toBe('Fig Opens the Box');
    expect(goalTitle('Sprout', 'fix a rusty old robot')).toBe('Sprout Fixes a Robot');
    expect(goalTitle('Biscuit', 'build a new home in the old oak tree')).toBe('Biscuit and the New Home');
    expect(goalTitle('Pebble', 'fly a little plane around the world')).toBe('Pebble and the Little Plane');
  });

  it('keeps the preposition a goal goes on with, up to the thing: "Pip Goes on a Picnic", not "Pip Goes"', () => {
    expect(goalTitle('Pip', 'go on a picnic')).toBe('Pip Goes on a Picnic');
    expect(goalTitle('Fig', 'go on holiday')).toBe('Fig Goes on Holiday');
  });
});
