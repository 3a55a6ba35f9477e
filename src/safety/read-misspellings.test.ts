import { describe, expect, it } from 'vitest';
import { respellIdea, respellWord } from './read-misspellings.ts';

describe('respellWord', () => {
  it('puts right a word one keystroke from a word: a letter changed, dropped, added or two swapped', () => {
    expect(respellWord('bleech')).toBe('bleach');
    expect(respellWord('amonia')).toBe('ammonia');
    expect(respellWord('bottel')).toBe('bottle');
    expect(respellWord('planett')).toBe('planet');
  });

  it('leaves words, short words and words nothing is near as written', () => {
    expect(respellWord('kitten')).toBeUndefined();
    expect(respellWord('zog')).toBeUndefined();
    expect(respellWord('xqzvwk')).toBeUndefined();
  });
});

describe('respellIdea', () => {
  it('reads an idea with its misspellings put right, and names inside a sentence as written', () => {
    expect(respellIdea('a kid mixs bleech with amonia in a bottel')).toBe('a kid mixs bleach with ammonia in a bottle');
    expect(respellIdea('a robot named Zorpp who visits a planett')).toBe('a robot named Zorpp who visits a planet');
    expect(respellIdea('a sleepy dragon who lost his blanket')).toBeUndefined();
  });
});
