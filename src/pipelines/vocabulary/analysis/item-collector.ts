/**
 * Gathers items as the analyser finds them: one item per dictionary form and reading, counting every
 * use and keeping each occurrence (sentence, its cue's times and a link into the stream).
 */
import { toKatakana, toRomaji } from 'wanakana';
import type { Occurrence, VocabularyItem } from '../vocabulary-contracts.ts';

export type ItemDraft = Omit<VocabularyItem, 'count' | 'occurrences' | 'romaji'>;

export class ItemCollector {
  private readonly items = new Map<string, VocabularyItem>();

  /** Romaji from the katakana spelling, where wanakana reads ー as a long vowel (すたーと → sutaato). */
  add(draft: ItemDraft, occurrence: Occurrence): void {
    const key = `${draft.dictionaryForm}\u0000${draft.reading}`;
    const existing = this.items.get(key);
    if (existing) {
      existing.count += 1;
      const last = existing.occurrences.at(-1)!;
      // One sentence using a word twice is one example, not two.
      if (last.sentence !== occurrence.sentence || last.start !== occurrence.start) existing.occurrences.push(occurrence);
      return;
    }
    this.items.set(key, { ...draft, romaji: toRomaji(toKatakana(draft.reading)), count: 1, occurrences: [occurrence] });
  }

  /** Most used first; ties in order of first use. */
  list(): VocabularyItem[] {
    return [...this.items.values()].sort((first, second) => second.count - first.count);
  }
}
