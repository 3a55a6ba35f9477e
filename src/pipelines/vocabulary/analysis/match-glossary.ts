/**
 * Finds glossary expressions in a tokenised sentence by longest match over token boundaries. IPADIC
 * splits names and slang it does not know (にじさんじ → に/じさ/ん/じ, スパチャ as an unknown
 * word next to its neighbours), so the glossary glues those tokens back together afterwards. A match
 * must start and end on token boundaries, which keeps じゃん from matching inside じゃんけん.
 */
import type { JapaneseToken } from './japanese-tokenizer.ts';
import { glossaryKey, type GlossaryEntry, type GlossaryIndex } from './stream-glossary.ts';

export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** First token of the match. */
  from: number;
  /** One past the last token. */
  to: number;
  surface: string;
}

/** Longest expression in tokens; more would only slow the scan down. */
const maxTokens = 8;

const notAfter = new Set(['記号']);

export function matchGlossary(tokens: JapaneseToken[], glossary: GlossaryIndex): GlossaryMatch[] {
  const matches: GlossaryMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    let best: GlossaryMatch | null = null;
    let surface = '';
    for (let last = index; last < Math.min(tokens.length, index + maxTokens); last += 1) {
      const token = tokens[last];
      const key = glossaryKey(surface + token.surface);
      // The dictionary form of the last token lets バズった find バズる and 草生えた find 草生える.
      const lemmaKey = token.basicForm !== token.surface ? glossaryKey(surface + token.basicForm) : null;
      const entry = glossary.byKey.get(key) ?? (lemmaKey ? glossary.byKey.get(lemmaKey) : undefined);
      if (entry && acceptable(entry, tokens, index)) best = { entry, from: index, to: last + 1, surface: surface + token.surface };
      surface += token.surface;
      if (!glossary.prefixes.has(key) && !(lemmaKey && glossary.prefixes.has(lemmaKey))) break;
    }
    if (best) {
      // Stretched runs (wwwwwwwwww, 8888888888) stay one expression however long they are.
      const runKey = glossaryKey(best.surface);
      while (best.to < tokens.length && glossaryKey(best.surface + tokens[best.to].surface) === runKey) {
        best.surface += tokens[best.to].surface;
        best.to += 1;
      }
      matches.push(best);
      index = best.to;
    } else index += 1;
  }
  return matches;
}

/** A grammar pattern attaches to something: never at a sentence's start or after punctuation. */
function acceptable(entry: GlossaryEntry, tokens: JapaneseToken[], from: number): boolean {
  if (entry.kind !== 'grammar_pattern') return true;
  const before = tokens[from - 1];
  return before !== undefined && !notAfter.has(before.pos);
}
