import type { VocabularyItem } from '../vocabulary-contracts.ts';

const kindRank: Record<VocabularyItem['kind'], number> = { slang: 0, stream_term: 0, cultural_reference: 1, grammar_pattern: 2, word: 3 };

/**
 * The expressions used in [start, end), most worth teaching first: slang and stream terms, then
 * cultural references and grammar, then words, harder and more frequent ones first within a kind.
 */
export function mainExpressions(items: VocabularyItem[], start: number, end: number): VocabularyItem[] {
  const usedIn = (item: VocabularyItem) => item.occurrences.filter((occurrence) => occurrence.start !== null && occurrence.start >= start && occurrence.start < end).length;
  return items
    .map((item) => ({ item, uses: usedIn(item) }))
    .filter(({ uses }) => uses > 0)
    .sort((a, b) => kindRank[a.item.kind] - kindRank[b.item.kind] || b.item.difficulty - a.item.difficulty || b.uses - a.uses)
    .map(({ item }) => item);
}

/** `スパチャ (superchat) · コラボ (collab)`: a title from the first two expressions, or the fallback. */
export function titleFrom(expressions: VocabularyItem[], fallback: string): string {
  const named = expressions.slice(0, 2).map((item) => (item.english ? `${item.expression} (${shorten(item.english)})` : item.expression));
  return named.length > 0 ? named.join(' · ') : fallback;
}

/** First meaning of a glossary entry without its explanation (`Super Chat (paid message); tip` → `Super Chat`), at most 40 characters. */
export function shorten(english: string): string {
  const first = english.split(/[;,/]/)[0].replace(/\s*\(.*$/, '').trim() || english.trim();
  return first.length > 40 ? `${first.slice(0, 39)}…` : first;
}
