/**
 * Finds glossary expressions in a tokenised sentence by longest match over characters, as Yomitan's
 * scanner does, not only over kuromoji's tokens: IPADIC splits names and slang it does not know
 * (にじさんじ → に/じさ/ん/じ, エモいやつ → エモ/いや/つ) and runs unknown katakana together
 * (エイムガチ as one token). A match starts where a token starts, or anywhere inside an unknown
 * token; it may end inside a token when that token is unknown or the expression has three letters
 * or more. Grammar patterns stay on token boundaries, which keeps じゃん out of じゃんけん.
 */
import type { JapaneseToken } from './japanese-tokenizer.ts';
import { glossaryKey, type GlossaryEntry, type GlossaryIndex } from './stream-glossary.ts';

export interface GlossaryMatch {
  entry: GlossaryEntry;
  /** First token of the match. */
  from: number;
  /** One past the last token (the match may end inside it). */
  to: number;
  surface: string;
}

/** Longest expression in characters; more would only slow the scan down. */
const maxChars = 16;

const notAfter = new Set(['記号']);
const cannotStartWord = /[ーぁぃぅぇぉゃゅょゎァィゥェォャュョヮヵヶ]/u;

export function matchGlossary(tokens: JapaneseToken[], glossary: GlossaryIndex): GlossaryMatch[] {
  const text = tokens.map((token) => token.surface).join('');
  // For each character, the token holding it; tokenStart[i] is true where a token begins.
  const tokenOf = new Int32Array(text.length);
  const tokenEnd = new Map<number, number>();
  let offset = 0;
  const starts = new Set<number>();
  tokens.forEach((token, index) => {
    starts.add(offset);
    tokenOf.fill(index, offset, offset + token.surface.length);
    offset += token.surface.length;
    tokenEnd.set(offset, index);
  });
  const matches: GlossaryMatch[] = [];
  let position = 0;
  while (position < text.length) {
    const token = tokens[tokenOf[position]];
    const best = starts.has(position) || !token.known ? longestAt(position) : null;
    if (!best) {
      position += 1;
      continue;
    }
    const from = tokenOf[position];
    let end = best.end;
    // Stretched runs (wwwwwwwwww, 8888888888) stay one expression however long they are.
    const runKey = glossaryKey(best.surface);
    let surface = best.surface;
    while (end < text.length && glossaryKey(surface + text[end]) === runKey) surface += text[end++];
    matches.push({ entry: best.entry, from, to: tokenOf[end - 1] + 1, surface });
    position = end;
  }
  return matches;

  function longestAt(start: number): { entry: GlossaryEntry; end: number; surface: string } | null {
    let best: { entry: GlossaryEntry; end: number; surface: string } | null = null;
    for (let end = start + 1; end <= Math.min(text.length, start + maxChars); end += 1) {
      const surface = text.slice(start, end);
      const key = glossaryKey(surface);
      const last = tokenEnd.get(end);
      const lastToken = last === undefined ? undefined : tokens[last];
      // The dictionary form of the last token lets バズった find バズる and 草生えた find 草生える.
      const lemmaKey = lastToken && lastToken.basicForm !== lastToken.surface && end - lastToken.surface.length >= start
        ? glossaryKey(text.slice(start, end - lastToken.surface.length) + lastToken.basicForm) : null;
      const entry = glossary.byKey.get(key) ?? (lemmaKey ? glossary.byKey.get(lemmaKey) : undefined);
      if (entry && acceptable(entry, start, end, key)) best = { entry, end, surface };
      if (!glossary.prefixes.has(key) && !(lemmaKey && glossary.prefixes.has(lemmaKey))) break;
    }
    return best;
  }

  function acceptable(entry: GlossaryEntry, start: number, end: number, key: string): boolean {
    // No word ends before a long-vowel mark or a small kana: マリカ is not in マリカー, nor コメ in コメント.
    if (end < text.length && cannotStartWord.test(text[end])) return false;
    const onBoundary = tokenEnd.has(end);
    if (entry.kind === 'grammar_pattern') {
      // A grammar pattern attaches to something: never at a sentence's start or after punctuation.
      const before = tokens[tokenOf[start] - 1];
      return onBoundary && starts.has(start) && before !== undefined && !notAfter.has(before.pos);
    }
    return onBoundary || !tokens[tokenOf[end - 1]].known || [...key].length >= 3;
  }
}
