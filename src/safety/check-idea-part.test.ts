import { describe, expect, it } from 'vitest';
import { checkIdeaPart } from './index.ts';

describe('checkIdeaPart (one phrase a storyteller builds from)', () => {
  it('passes a gentle part', () => {
    expect(checkIdeaPart('a sleepy dragon', 'child')).toEqual({ safe: true, topics: [], matched: [] });
  });

  it('refuses a harmful part and names its topic', () => {
    const result = checkIdeaPart('a monster that kills children', 'child');
    expect(result.safe).toBe(false);
    expect(result.topics).toContain('violence');
  });
});
