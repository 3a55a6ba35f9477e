/**
 * Casual grammar patterns that need the morphology, not just the spelling: a contracted てる after a
 * verb's て-form is IPADIC's non-independent verb てる, in any conjugation (てた, てない, てます).
 * Patterns with a fixed spelling (んだけど, っぽい, じゃん) are glossary forms instead.
 */
import type { JapaneseToken } from './japanese-tokenizer.ts';

interface GrammarRule {
  /** The glossary headword the match reports. */
  headword: string;
  test(token: JapaneseToken, previous: JapaneseToken | undefined): boolean;
}

const nonIndependentVerb = (token: JapaneseToken, ...basicForms: string[]) =>
  token.pos === '動詞' && token.posDetail === '非自立' && basicForms.includes(token.basicForm);

const afterTe = (previous: JapaneseToken | undefined) => previous?.surface === 'て' || previous?.surface === 'で';

const afterPredicate = (previous: JapaneseToken | undefined) =>
  previous !== undefined && (previous.pos === '動詞' || previous.pos === '形容詞' || previous.pos === '助動詞' || previous.posDetail === '形容動詞語幹');

const rules: GrammarRule[] = [
  { headword: '〜てる', test: (token) => nonIndependentVerb(token, 'てる', 'でる') },
  { headword: '〜とく', test: (token) => nonIndependentVerb(token, 'とく', 'どく') },
  { headword: '〜ちゃう', test: (token, previous) => nonIndependentVerb(token, 'ちゃう', 'じゃう') || (nonIndependentVerb(token, 'しまう') && afterTe(previous)) },
  // IPADIC reads 持ってく as 持っ + て + く (非自立), so the pattern is く after the て particle.
  {
    headword: '〜てく',
    // The full 〜ていく (やっていきます) is the same pattern, in any conjugation.
    test: (token, previous) => nonIndependentVerb(token, 'てく', 'でく') || (nonIndependentVerb(token, 'く', 'いく', '行く') && afterTe(previous)),
  },
  {
    headword: '〜すぎる',
    test: (token, previous) =>
      (nonIndependentVerb(token, 'すぎる', '過ぎる') || (token.posDetail === '接尾' && (token.basicForm === 'すぎ' || token.basicForm === '過ぎ'))) &&
      afterPredicate(previous),
  },
  { headword: '〜っぽい', test: (token) => token.basicForm === 'っぽい' },
  { headword: '〜みたい', test: (token, previous) => token.basicForm === 'みたい' && previous !== undefined },
];

export interface GrammarHit {
  headword: string;
  /** Index of the token that carries the pattern. */
  index: number;
}

/** Rule-based hits, skipping tokens already taken by a glossary match. */
export function detectGrammarPatterns(tokens: JapaneseToken[], taken: Uint8Array): GrammarHit[] {
  const hits: GrammarHit[] = [];
  tokens.forEach((token, index) => {
    if (taken[index]) return;
    const rule = rules.find((candidate) => candidate.test(token, tokens[index - 1]));
    if (rule) hits.push({ headword: rule.headword, index });
  });
  return hits;
}
