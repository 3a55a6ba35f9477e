import { describe, expect, it } from 'vitest';
import { describeClipScore } from './describe-clip-score.ts';

describe('describeClipScore', () => {
  it('names what stood out in the clip, never a number or the weights', () => {
    const words = describeClipScore({ expressions: 0.9, energy: 0.7, chat: 0.8, total: 0.82 });
    expect(words).toBe('Chosen for many new expressions, lively talk and the chat laughing');
    expect(words).not.toMatch(/\d/);
  });

  it('leaves out the chat when there was no chat log, and says when nothing stood out', () => {
    expect(describeClipScore({ expressions: 0.2, energy: 0.8, chat: null, total: 0.4 })).toBe('Chosen for lively talk');
    expect(describeClipScore({ expressions: 0.1, energy: 0.2, chat: 0.1, total: 0.13 })).toMatch(/calmer stretch/);
  });

  it('says a clip the user moved or added is their own choice', () => {
    expect(describeClipScore(null)).toBe('Your own choice');
  });
});
