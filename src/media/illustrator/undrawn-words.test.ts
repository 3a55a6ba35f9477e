import { describe, expect, it } from 'vitest';
import { subjectKinds } from './scene-description.ts';
import { undrawnWords } from './undrawn-words.ts';

describe('undrawnWords', () => {
  it('names the words with no drawing, and none of the words it reads', () => {
    expect(undrawnWords('a fox in a neon city at night')).toEqual([]);
    expect(undrawnWords('robot in a sunny green forest')).toEqual([]);
    expect(undrawnWords('three dancing dinosaurs with a guitar on a beach')).toEqual([]);
    expect(undrawnWords('a wizard riding a hoverboard through the city')).toEqual(['wizard', 'hoverboard']);
  });

  it('knows at least a hundred kinds of subject', () => {
    expect(subjectKinds.length).toBeGreaterThanOrEqual(100);
  });
});
