import { describe, expect, it } from 'vitest';
import { momentFocus, momentPrompt, momentSeed } from './moment-prompt.ts';

describe('momentPrompt', () => {
  it('puts the style first, then the moment with its camera and light, its place, then its intensity as colour and as a number', () => {
    expect(momentPrompt('A fox in a neon city.', { timestamp: 62, description: 'drop', intensity: 0.93 }, 1))
      .toBe('A fox in a neon city, the drop, explosive, energetic, dancing, close up, rain, on the right, neon glowing colours, intensity 0.93');
  });

  it('moves the subject across the frame from one moment to the next, where the close-ups aim', () => {
    const moment = { timestamp: 10, description: 'build-up', intensity: 0.5 };
    expect([0, 1, 2].map((index) => momentPrompt('', moment, index).match(/on the left|on the right|centre/)?.[0])).toEqual(['on the left', 'on the right', 'centre']);
    expect([0, 1, 2].map((index) => momentFocus(index).x)).toEqual([1 / 3, 2 / 3, 0.5]);
  });

  it('colours quiet moments softly and leaves out an empty style', () => {
    expect(momentPrompt('  ', { timestamp: 0, description: 'opening', intensity: 0.2 }))
      .toBe('the opening scene, calm, wide landscape, early morning light, soft pastel colours, intensity 0.20');
    expect(momentPrompt('', { timestamp: 90, description: 'breakdown', intensity: 0.6 })).toMatch(/quiet, still, misty, far away, dusk, warm colours/);
  });

  it('with its section\'s look, leads with the section\'s place and time and leaves out the style\'s and the moment\'s own times', () => {
    const look = { place: 'city', time: 'dawn', words: 'city at dawn' } as const;
    const prompt = momentPrompt('A fox in a neon city at night.', { timestamp: 170, description: 'outro', intensity: 0.4 }, 2, look);
    expect(prompt).toBe('city at dawn, A fox in a neon city, the outro, gentle, slow, panorama, centre, cool colours, intensity 0.40');
  });

  it('gives each moment its own seed, the same on every run', () => {
    const moment = { timestamp: 12.5, description: 'build-up', intensity: 0.5 };
    expect(momentSeed(1, moment)).toBe(momentSeed(1, moment));
    expect(momentSeed(1, moment)).not.toBe(momentSeed(2, moment));
  });
});
