import { describe, expect, it } from 'vitest';
import { describeIdeaUsage } from './describe-idea-usage.ts';

describe('describeIdeaUsage', () => {
  it('says what was used and what was not understood, one line each, and nothing for an empty list', () => {
    expect(describeIdeaUsage({ ideaUsed: ['a tiny train', 'carry apples'], ideaNotUnderstood: ['dreams'] })).toEqual(['I used: a tiny train, carry apples', 'I did not understand: dreams']);
    expect(describeIdeaUsage({ ideaUsed: ['a dragon'], ideaNotUnderstood: [] })).toEqual(['I used: a dragon']);
    expect(describeIdeaUsage({ ideaUsed: ['tomato juice'], ideaNotUnderstood: ['only'], ideaLeftOut: ['vampire'] })).toEqual(['I used: tomato juice', 'I did not understand: only', 'I left out, as not right for a bedtime story here: vampire']);
    expect(describeIdeaUsage({})).toEqual([]);
    // An idea in another language: the parent first reads the English words the lists are of.
    expect(describeIdeaUsage({ ideaReadAs: 'one dragon who afraid advance mouse', ideaUsed: ['a dragon', 'a mouse'], ideaNotUnderstood: ['advance'] })).toEqual([
      'I read your idea word by word in English as: "one dragon who afraid advance mouse"', 'I used: a dragon, a mouse', 'I did not understand: advance',
    ]);
    expect(describeIdeaUsage({ ideaReadAs: 'A hedgehog that wants to learn to swim', ideaTranslated: true })).toEqual(['I read your idea in English through a machine translation (Apertium) as: "A hedgehog that wants to learn to swim"']);
    expect(describeIdeaUsage({ ideaUsed: ['a pumpkin'], ideaNotDrawn: ['a pumpkin'] })[1]).toMatch(/^The built-in pictures cannot draw: a pumpkin/);
  });
});
