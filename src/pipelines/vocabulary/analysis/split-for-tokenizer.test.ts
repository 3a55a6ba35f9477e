import { describe, expect, it } from 'vitest';
import { maxPieceChars, splitForTokenizer } from './split-for-tokenizer.ts';

describe('splitForTokenizer', () => {
  it('leaves a sentence within the limit whole', () => {
    const sentence = '今日はホロライブの先輩とコラボ配信やってるんだけど';
    expect(splitForTokenizer(sentence)).toEqual([sentence]);
  });

  it('cuts a 20,000-katakana line and a run of 100,000 "<" into bounded pieces that join back to the text', () => {
    for (const text of ['ア'.repeat(20_000), '<'.repeat(100_000)]) {
      const pieces = splitForTokenizer(text);
      expect(pieces.join('')).toBe(text);
      expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(maxPieceChars);
      expect(pieces.length).toBeLessThanOrEqual(Math.ceil(text.length / maxPieceChars) + 1);
    }
  });

  it('cuts a long ordinary line after 、 or 。, where kuromoji cuts anyway, rather than inside a word', () => {
    const line = '今日はマイクラで家を建ててるんだけど、ボスが強すぎて回復アイテムが足りなくて。'.repeat(20);
    const pieces = splitForTokenizer(line);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(0, -1)) expect(piece).toMatch(/[、。]$/);
  });

  it('cuts where the script changes when there is no punctuation, and never inside a surrogate pair', () => {
    const pieces = splitForTokenizer(`${'あ'.repeat(200)}${'カ'.repeat(200)}`);
    expect(pieces[0]).toBe('あ'.repeat(200));
    // One letter first, so the limit falls between the two halves of an emoji.
    const pieces2 = splitForTokenizer(`あ${'😀'.repeat(300)}`);
    expect(pieces2.length).toBeGreaterThan(1);
    for (const piece of pieces2) expect(piece).toMatch(/^(?:あ|\p{Extended_Pictographic})+$/u);
  });
});
