import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../engine/seeded-random.ts';
import { removeBracketed, removeDelimited, removeDelimitedInLines } from './remove-delimited.ts';
import { growsLinearly, leastCpuMs, run } from './testing/hostile-text.ts';

const randomTexts = (seed: number, pieces: string[]) => {
  const random = createSeededRandom(seed);
  return Array.from({ length: 3000 }, () => Array.from({ length: random.integer(0, 14) }, () => random.pick(pieces)).join(''));
};

describe('removeDelimited', () => {
  it('removes what the regular expressions it replaces removed', () => {
    for (const text of randomTexts(3, ['<', '>', '{\\', '{', '}', '\\', '\n', 'a', 'あ', '<b>'])) {
      expect(removeDelimited(text, '<', '>'), JSON.stringify(text)).toBe(text.replace(/<[^>]*>/g, ''));
      expect(removeDelimited(text, '{\\', '}'), JSON.stringify(text)).toBe(text.replace(/\{\\[^}]*\}/g, ''));
      expect(removeDelimitedInLines(text, '<', '>'), JSON.stringify(text)).toBe(text.replace(/<[^>\n]*>/g, ''));
    }
    for (const text of randomTexts(5, ['(', '（', ')', '）', 'a', 'あ', ' '])) {
      expect(removeBracketed(text, '(（', ')）'), JSON.stringify(text)).toBe(text.replace(/[(（][^)）]*[)）]/gu, ''));
    }
  });

  it('takes time in proportion to the text when nothing closes', () => {
    const cases: Array<[string, (text: string) => string]> = [
      ['<', (text) => removeDelimited(text, '<', '>')],
      ['{\\', (text) => removeDelimited(text, '{\\', '}')],
      ['<', (text) => removeDelimitedInLines(text, '<', '>')],
      ['<\n>', (text) => removeDelimitedInLines(text, '<', '>')],
      ['（', (text) => removeBracketed(text, '(（', ')）')],
    ];
    for (const [unit, remove] of cases) {
      const small = leastCpuMs(() => remove(run(unit, 50_000)));
      const large = leastCpuMs(() => remove(run(unit, 200_000)));
      expect(growsLinearly(small, large), `${JSON.stringify(unit)}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms`).toBe(true);
    }
  });
});
