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

  it('draws the places people ask for, and names the people it has no drawing of', () => {
    expect(undrawnWords('a fox by a volcano, then in a cave, a jungle, a swamp and a canyon')).toEqual([]);
    expect(undrawnWords('penguins on an iceberg, a train station, a fairground, the harbour')).toEqual([]);
    expect(undrawnWords('a teacher in the classroom and a chef in the kitchen')).toEqual(['teacher', 'chef']);
  });

  it('knows at least a hundred kinds of subject', () => {
    expect(subjectKinds.length).toBeGreaterThanOrEqual(100);
  });
});
