/**
 * Casual grammar patterns that need the morphology, not just the spelling: a contracted てる after a
 * verb's て-form is IPADIC's non-independent verb てる, in any conjugation (てた, てない, てます).
 * Kansai forms are read the same way, from what IPADIC knows of them: the copula や (やで, やった),
 * the negative へん/ひん (わからへん, 見ひん, やってへん), とる/どる for ている (待っとる,
 * 並んどった), honorific はる (くれはった); しまう's Kansai conjugations (てもうた, てしもた,
 * てまう), which IPADIC cuts into unrelated pieces, are deinflected from the text after the て.
 * Patterns with a fixed spelling (んだけど, っぽい, じゃん) are glossary forms instead.
 */
import type { JapaneseToken } from './japanese-tokenizer.ts';

interface GrammarRule {
  /** The glossary headword the match reports. */
  headword: string;
  /**
   * Whether the pattern starts at `token`; a number says it spans that many characters of `rest`
   * (the sentence's text from `token` on), for patterns IPADIC cuts into several tokens.
   */
  test(token: JapaneseToken, previous: JapaneseToken | undefined, rest: string): boolean | number;
}

const nonIndependentVerb = (token: JapaneseToken, ...basicForms: string[]) =>
  token.pos === '動詞' && token.posDetail === '非自立' && basicForms.includes(token.basicForm);

const afterTe = (previous: JapaneseToken | undefined) => previous?.surface === 'て' || previous?.surface === 'で';

const auxiliary = (token: JapaneseToken, ...basicForms: string[]) => token.pos === '助動詞' && basicForms.includes(token.basicForm);

/**
 * しまう after a て-form in its Kansai conjugations: しも/も + うた/うて (past, て-form; also た/て
 * after しも), and ま + う/った/って/わ (てまう, てまった). A bare もた or もて is left out: ても + た… is
 * too common in standard speech (しても大丈夫 written in kana).
 */
const kansaiShimau = /^(?:しも(?:うた|うて|た|て)|も(?:うた|うて)|ま(?:う|った|って|わ))/u;

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
  {
    headword: '〜や',
    // Its past やった IPADIC reads as the verb やる; after a na-adjective (無理やった, 好きやった) it can only be the copula.
    test: (token, previous) => (auxiliary(token, 'や') && previous !== undefined) || (token.basicForm === 'やる' && token.surface === 'やっ' && previous?.posDetail === '形容動詞語幹'),
  },
  {
    headword: '〜へん',
    // After a て-form IPADIC takes へん for a noun (やってへん), elsewhere for the auxiliary.
    test: (token, previous) => auxiliary(token, 'へん', 'ひん') || (token.surface === 'へん' && token.posDetail === '非自立' && afterTe(previous)),
  },
  { headword: '〜とる', test: (token) => nonIndependentVerb(token, 'とる', 'どる') },
  { headword: '〜はる', test: (token, previous) => nonIndependentVerb(token, 'はる') && previous?.pos === '動詞' },
  { headword: '〜てまう', test: (token, previous, rest) => (afterTe(previous) && previous?.pos === '助詞' ? (kansaiShimau.exec(rest)?.[0].length ?? false) : false) },
];

export interface GrammarHit {
  headword: string;
  /** Index of the token that carries the pattern. */
  index: number;
  /** One past its last token. */
  to: number;
}

/** Rule-based hits, skipping tokens already taken by a glossary match. */
export function detectGrammarPatterns(tokens: JapaneseToken[], taken: Uint8Array): GrammarHit[] {
  const hits: GrammarHit[] = [];
  const text = tokens.map((token) => token.surface).join('');
  const starts = [0];
  for (const token of tokens) starts.push(starts.at(-1)! + token.surface.length);
  for (let index = 0; index < tokens.length; index += 1) {
    if (taken[index]) continue;
    for (const rule of rules) {
      const found = rule.test(tokens[index], tokens[index - 1], text.slice(starts[index], starts[index] + 8));
      if (found === false) continue;
      // A span in characters covers every token it reaches into.
      let to = index + 1;
      if (typeof found === 'number') while (to < tokens.length && starts[to] < starts[index] + found && !taken[to]) to += 1;
      hits.push({ headword: rule.headword, index, to });
      index = to - 1;
      break;
    }
  }
  return hits;
}
