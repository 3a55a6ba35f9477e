import { describe, expect, it } from 'vitest';
import { withoutStoryFraming } from './without-story-framing.ts';

describe('withoutStoryFraming', () => {
  it('takes off the words that ask for a story, and nothing of the idea', () => {
    expect(withoutStoryFraming('a story about a girl who plants a seed')).toBe('a girl who plants a seed');
    expect(withoutStoryFraming('Please write me a short bedtime story where the moon sings')).toBe('the moon sings');
    expect(withoutStoryFraming('tell us a funny tale for Mia about a dragon')).toBe('a dragon');
    expect(withoutStoryFraming('a dragon who tells a story about the sea')).toBe('a dragon who tells a story about the sea');
  });

  it('keeps an idea that is nothing but framing', () => {
    expect(withoutStoryFraming('a bedtime story')).toBe('a bedtime story');
  });
});
