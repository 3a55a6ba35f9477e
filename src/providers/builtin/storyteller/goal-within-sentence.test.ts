import { describe, expect, it } from 'vitest';
import { goalWithinSentence } from './goal-within-sentence.ts';
import { readIdeaParts } from './read-idea-parts.ts';

describe('goalWithinSentence', () => {
  it('ends a wish where the sentence or clause it starts in ends', () => {
    expect(goalWithinSentence('dump truck who is always dirty and wants a bath. my 3 year old is truck mad', 'have a bath my year')).toBe('have a bath');
    expect(goalWithinSentence('manatee who learns to sing like the whales, set in florida', 'learn to sing like the whales set in florida')).toBe('learn to sing like the whales');
    // The verb as written may lie before the boundary, a word saying how between: the wish is the verb alone.
    expect(goalWithinSentence('a jellyfish that glows softly, drifting around the harbour', 'glow drifting around the harbour')).toBe('glow');
  });

  it('keeps a wish within one sentence, or one it cannot find as written, as read', () => {
    expect(goalWithinSentence('a bear who wants to bake a honey cake for his grandma', 'bake a honey cake for his grandma')).toBe('bake a honey cake for his grandma');
    expect(goalWithinSentence('an elephant who wants to remember his friend\'s birthday', 'remember his friend s birthday')).toBe('remember his friend s birthday');
    expect(goalWithinSentence('a girl who finds a dragon egg and wants to hatch it', 'hatch the egg')).toBe('hatch the egg');
  });

  it('leaves no wish of having or being without the thing', () => {
    expect(goalWithinSentence('a fox who wants a. big red kite', 'have a big red kite')).toBeUndefined();
  });

  it('is what the storyteller reads', () => {
    expect(readIdeaParts('dump truck who is always dirty and wants a bath. my 3 year old is truck mad').goal).toBe('have a bath');
  });
});
