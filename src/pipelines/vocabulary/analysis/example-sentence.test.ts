import { describe, expect, it } from 'vitest';
import { exampleSentence } from './example-sentence.ts';

/** Offsets of `words` joined, with the end. */
const offsetsOf = (words: string[]) => words.reduce((offsets, word) => [...offsets, offsets.at(-1)! + word.length], [0]);

describe('exampleSentence', () => {
  it('keeps a short sentence whole', () => {
    expect(exampleSentence('スパチャありがとう!', offsetsOf(['スパチャ', 'ありがとう', '!']), 0, 1)).toBe('スパチャありがとう!');
  });

  it('cuts a long clause with no marks at token boundaries around the expression', () => {
    const words = Array.from({ length: 40 }, (_, index) => (index === 20 ? '憂鬱' : 'あいう'));
    const text = words.join('');
    const example = exampleSentence(text, offsetsOf(words), 20, 21);
    expect(example).toContain('憂鬱');
    expect(example.length).toBeLessThanOrEqual(60);
    expect(example.length).toBeGreaterThan(55);
    // Cut between tokens: the pieces around the expression are whole あいう.
    expect(example.split('憂鬱').every((side) => side.length % 3 === 0)).toBe(true);
  });

  it('shows the start of a stretched run longer than an example', () => {
    expect(exampleSentence(`草${'w'.repeat(100)}`, [0, 1, 101], 1, 2)).toBe('w'.repeat(60));
  });
});
