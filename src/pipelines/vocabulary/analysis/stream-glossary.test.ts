import { describe, expect, it } from 'vitest';
import { japaneseTokenizer } from './japanese-tokenizer.ts';
import { detectGrammarPatterns } from './detect-grammar-patterns.ts';
import { glossaryKey, streamGlossary } from './stream-glossary.ts';

describe('stream glossary', () => {
  const glossary = streamGlossary();

  it('has at least 300 well-formed entries with hiragana readings', () => {
    expect(glossary.entries.length).toBeGreaterThanOrEqual(300);
    for (const entry of glossary.entries) {
      expect(entry.reading, entry.headword).toMatch(/^[\u3041-\u3096ー・ ]+$/);
      expect(entry.english.trim(), entry.headword).not.toBe('');
      expect(entry.note.trim(), entry.headword).not.toBe('');
      expect(entry.difficulty).toBeGreaterThanOrEqual(1);
      expect(entry.difficulty).toBeLessThanOrEqual(5);
    }
  });

  it('has no duplicate headwords and no spelling claimed by two entries', () => {
    const headwords = glossary.entries.map((entry) => entry.headword);
    expect(new Set(headwords).size).toBe(headwords.length);
    const owners = new Map<string, Set<string>>();
    for (const entry of glossary.entries) {
      for (const spelling of [entry.headword.replace(/^〜/, ''), ...(entry.forms ?? [])]) {
        const key = glossaryKey(spelling);
        owners.set(key, (owners.get(key) ?? new Set()).add(entry.headword));
      }
    }
    const shared = [...owners].filter(([, names]) => names.size > 1).map(([key, names]) => `${key}: ${[...names].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('covers every kind, and every grammar rule reports an entry that exists', async () => {
    const kinds = new Set(glossary.entries.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['cultural_reference', 'grammar_pattern', 'slang', 'stream_term']);
    const tokenize = await japaneseTokenizer();
    const tokens = tokenize('やってる。見とく。食べちゃう。持ってく。高すぎる。子供っぽい。猫みたい');
    const hits = detectGrammarPatterns(tokens, new Uint8Array(tokens.length));
    expect(hits.map((hit) => hit.headword)).toEqual(['〜てる', '〜とく', '〜ちゃう', '〜てく', '〜すぎる', '〜っぽい', '〜みたい']);
    for (const hit of hits) expect(glossary.byHeadword.has(hit.headword), hit.headword).toBe(true);
  });

  it('folds stretched laughs and applause into one key', () => {
    expect(glossaryKey('ｗｗｗｗｗ')).toBe(glossaryKey('ww'));
    expect(glossaryKey('８８８８８８')).toBe(glossaryKey('8888'));
  });
});
