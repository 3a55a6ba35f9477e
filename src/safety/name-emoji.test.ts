import { describe, expect, it } from 'vitest';
import { emojiKeywords, nameEmoji } from './name-emoji.ts';

describe('nameEmoji and emojiKeywords (emojilib)', () => {
  it('names each emoji by its first keyword, in place', () => {
    expect(nameEmoji('a bunny who loves 🌙').replace(/\s+/g, ' ').trim()).toBe('a bunny who loves crescent moon');
  });

  it('gives every keyword of the emoji, so a face stands for what it means', () => {
    expect(emojiKeywords('🤐').split(', ')).toContain('secret');
    expect(emojiKeywords('a story about 💊').split(', ')).toEqual(expect.arrayContaining(['medicine', 'drug']));
    expect(emojiKeywords('a story about a cat')).toBe('');
  });
});
