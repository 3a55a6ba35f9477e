import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../engine/errors/index.ts';
import { createSeededRandom } from '../../engine/seeded-random.ts';
import { cleanWord, mostKnownWords, readWordList } from './read-word-list.ts';
import { growsLinearly, leastCpuMs, markupRuns, run } from './testing/hostile-text.ts';

// The regular expressions the scan replaced, kept as the reference for what it must remove.
const byRegularExpressions = (raw: string) =>
  raw.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').replace(/\[[^\]]*\]/g, '').replace(/\s+/g, ' ').trim().slice(0, 100);

describe('readWordList', () => {
  it('reads one word a line from lists, CSV and Anki text, without tags or furigana', () => {
    expect(readWordList('\uFEFF<b>食べる</b>\r\n# a comment\n\n食[た]べる,eat\n飲む\tdrink\n配信&nbsp;中')).toEqual(['食べる', '飲む', '配信 中']);
  });

  it('refuses more words than one import takes', () => {
    const words = Array.from({ length: mostKnownWords + 1 }, (_, index) => `w${index}`).join('\n');
    expect(() => readWordList(words)).toThrow(BadInputError);
  });

  it('cleans words as the regular expressions did, on random markup', () => {
    const random = createSeededRandom(11);
    const pieces = ['<', '>', '[', ']', '&nbsp;', '&', ' ', '\t', 'a', '食', '<b>', '[た]'];
    for (let sample = 0; sample < 3000; sample += 1) {
      const text = Array.from({ length: random.integer(0, 14) }, () => random.pick(pieces)).join('');
      expect(cleanWord(text), JSON.stringify(text)).toBe(byRegularExpressions(text));
    }
  });

  it('takes time in proportion to the text on long runs of every markup character', () => {
    const length = 20_000;
    for (const unit of [...markupRuns, '&nbsp;', 'a ']) {
      const small = leastCpuMs(() => readWordList(run(unit, length)));
      const large = leastCpuMs(() => readWordList(run(unit, 4 * length)));
      expect(growsLinearly(small, large), `${JSON.stringify(unit)}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms on 4 times the text`).toBe(true);
    }
  });
});
