/**
 * Kiln's own stream glossary (stream-glossary.json): Vtuber, stream and internet terms, cultural
 * references and casual grammar patterns, written for this project. Loaded and checked once; the
 * index maps every spelling (NFKC-normalised, laughing runs folded) to its entry.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const glossaryKinds = ['slang', 'stream_term', 'grammar_pattern', 'cultural_reference'] as const;

const hiragana = /^[\u3041-\u3096ー・ ]+$/;

export const glossaryEntrySchema = z.object({
  /** As usually written; grammar patterns start with 〜. */
  headword: z.string().min(1),
  /** Other spellings matched in transcripts (the headword without 〜 is always one). */
  forms: z.array(z.string().min(1)).optional(),
  /** Reading in hiragana. */
  reading: z.string().regex(hiragana, 'reading must be hiragana'),
  english: z.string().min(1),
  kind: z.enum(glossaryKinds),
  difficulty: z.number().int().min(1).max(5),
  note: z.string().min(1).max(200),
  /**
   * Found only by the morphology rules (detect-grammar-patterns.ts), never by its spelling: や, とる
   * and へん are also a particle, a verb (取る) and a noun (辺) when they are not the pattern.
   */
  ruleOnly: z.boolean().optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const streamGlossarySchema = z.array(glossaryEntrySchema);

/**
 * The lookup key for a spelling: NFKC (ｗ→w, ８→8), and runs that streams stretch at will folded
 * (wwww → ww, 88888 → 888, ーー → ー), so one entry matches every length; Latin is lower-cased.
 */
export function glossaryKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/w{2,}/gi, 'ww').replace(/8{3,}/g, '888').replace(/草{2,}/g, '草草').replace(/[ー〜~]{2,}/g, 'ー');
}

export interface GlossaryIndex {
  entries: GlossaryEntry[];
  /** Key → entry for every spelling except grammar patterns detected by rule. */
  byKey: Map<string, GlossaryEntry>;
  /** Every prefix of every key, so the matcher stops extending early. */
  prefixes: Set<string>;
  byHeadword: Map<string, GlossaryEntry>;
}

let loaded: GlossaryIndex | undefined;

export function indexGlossary(entries: GlossaryEntry[]): GlossaryIndex {
  const byKey = new Map<string, GlossaryEntry>();
  const prefixes = new Set<string>();
  for (const entry of entries) {
    if (entry.ruleOnly) continue;
    const spellings = [entry.headword.replace(/^〜/, ''), ...(entry.forms ?? [])];
    for (const spelling of spellings) {
      const key = glossaryKey(spelling);
      if (!byKey.has(key)) byKey.set(key, entry);
      for (let length = 1; length <= key.length; length += 1) prefixes.add(key.slice(0, length));
    }
  }
  return { entries, byKey, prefixes, byHeadword: new Map(entries.map((entry) => [entry.headword, entry])) };
}

export function streamGlossary(): GlossaryIndex {
  if (!loaded) {
    const raw = JSON.parse(readFileSync(new URL('./stream-glossary.json', import.meta.url), 'utf8'));
    loaded = indexGlossary(streamGlossarySchema.parse(raw));
  }
  return loaded;
}
