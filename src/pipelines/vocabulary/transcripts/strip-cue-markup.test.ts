import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../engine/seeded-random.ts';
import { growsLinearly, leastCpuMs, markupRuns, run } from '../testing/hostile-text.ts';
import { stripCueMarkup } from './strip-cue-markup.ts';

// The regular expressions the scan replaced, kept as the reference for what it must remove.
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'" };
function byRegularExpressions(text: string): string {
  return text.replace(/<[^>\n]*>/g, '').replace(/\{\\[^}]*\}/g, '').replace(/\\[Nnh]/g, '\n')
    .replace(/&(?:amp|lt|gt|nbsp|quot|#39);/g, (entity) => entities[entity])
    .split(/\r?\n/).map((line) => line.trim()).filter(Boolean)
    .reduce((joined, line) => (joined && /[A-Za-z0-9]$/.test(joined) && /^[A-Za-z0-9]/.test(line) ? `${joined} ${line}` : joined + line), '');
}

describe('stripCueMarkup', () => {
  it('removes WebVTT, SRT and ASS styling and joins lines', () => {
    expect(stripCueMarkup('<v Miko>こんばんは！<c.colorE5E5E5>今日も</c>')).toBe('こんばんは！今日も');
    expect(stripCueMarkup('{\\an8}コラボ配信\\Nはじまり')).toBe('コラボ配信はじまり');
    expect(stripCueMarkup('<i>Hello</i>\nworld &amp; you')).toBe('Hello world & you');
    expect(stripCueMarkup('a < b\n> c')).toBe('a < b> c');
  });

  it('gives what the regular expressions gave, on random markup', () => {
    const random = createSeededRandom(7);
    const pieces = ['<', '>', '{\\', '{', '}', '\\N', '\\h', '\\', '&amp;', '&lt;', '&', ';', '\n', '\r\n', ' ', 'a', '1', 'あ', 'i>', '<b'];
    for (let sample = 0; sample < 3000; sample += 1) {
      const text = Array.from({ length: random.integer(0, 14) }, () => random.pick(pieces)).join('');
      expect(stripCueMarkup(text), JSON.stringify(text)).toBe(byRegularExpressions(text));
    }
  });

  it('takes time in proportion to the text on long runs of every markup character', () => {
    const length = 20_000;
    for (const unit of [...markupRuns, 'a\n', 'a ']) {
      const small = leastCpuMs(() => stripCueMarkup(run(unit, length)));
      const large = leastCpuMs(() => stripCueMarkup(run(unit, 4 * length)));
      expect(growsLinearly(small, large), `${JSON.stringify(unit)}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms on 4 times the text`).toBe(true);
    }
  });
});
