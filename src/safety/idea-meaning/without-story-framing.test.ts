import { describe, expect, it } from 'vitest';
import { withoutStoryFraming } from './without-story-framing.ts';

describe('withoutStoryFraming', () => {
  it('takes off the words that ask for a story, and nothing of the idea', () => {
    expect(withoutStoryFraming('a story about a girl who plants a seed')).toBe('a girl who plants a seed');
    expect(withoutStoryFraming('Please write me a short bedtime story where the moon sings')).toBe('the moon sings');
    expect(withoutStoryFraming('tell us a funny tale for Mia about a dragon')).toBe('a dragon');
    expect(withoutStoryFraming('a dragon who tells a story about the sea')).toBe('a dragon who tells a story about the sea');
  });

  it('takes off a parent\'s question asking for one ("can you do one where …")', () => {
    expect(withoutStoryFraming('can you do one where a tapir gets lost in the rainforest')).toBe('a tapir gets lost in the rainforest');
    expect(withoutStoryFraming('Could you write a story about a fire engine who learns to be quiet')).toBe('a fire engine who learns to be quiet');
    expect(withoutStoryFraming('can you write about a yellow school bus')).toBe('a yellow school bus');
    expect(withoutStoryFraming('a fox who asks can you do it')).toBe('a fox who asks can you do it');
  });

  it('keeps an idea that is nothing but framing', () => {
    expect(withoutStoryFraming('a bedtime story')).toBe('a bedtime story');
  });
});
