import { describe, expect, it } from 'vitest';
import { scenePlace } from './scene-place.ts';

describe('scenePlace', () => {
  it('gives the place the scene\'s words put its characters, when the brief names another', () => {
    expect(scenePlace('Pip and Mia resting at the old oak tree', 'They walked along the river and rested under the old oak tree.')).toBe('river');
  });

  it('reads sentence by sentence: a locative at the end of one sentence puts nobody in the next one\'s place', () => {
    // "… pushed them along. Mia talked about space" drew the walk in outer space.
    expect(scenePlace('Hazel and Mia resting at the stepping stones', 'A friendly breeze pushed them along. Mia talked about space, and the walk felt short.')).toBeUndefined();
  });
});
