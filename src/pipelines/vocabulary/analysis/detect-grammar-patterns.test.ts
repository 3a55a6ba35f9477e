import { describe, expect, it } from 'vitest';
import { detectGrammarPatterns } from './detect-grammar-patterns.ts';
import { findSentenceItems } from './find-sentence-items.ts';
import { japaneseTokenizer } from './japanese-tokenizer.ts';
import { streamGlossary } from './stream-glossary.ts';

async function patternsIn(text: string): Promise<string[]> {
  const tokens = (await japaneseTokenizer())(text);
  return detectGrammarPatterns(tokens, new Uint8Array(tokens.length)).map((hit) => hit.headword);
}

describe('grammar patterns in conjugated and Kansai forms', () => {
  it.each([
    ['今日は雑談やで', ['〜や']],
    ['それは無理やった', ['〜や']],
    ['全然わからへん', ['〜へん']],
    ['まだやってへんの', ['〜へん']],
    ['長すぎひん', ['〜すぎる', '〜へん']],
    ['めっちゃ並んどったわ', ['〜とる']],
    ['みんな待っとるで', ['〜とる']],
    ['説明してくれはった', ['〜はる']],
    ['ほんまに疲れてもうた', ['〜てまう']],
    ['負けてしもたらごめん', ['〜てまう']],
    ['それ忘れてまうわ', ['〜てまう']],
  ])('%s → %j', async (text, expected) => {
    expect(await patternsIn(text)).toEqual(expected);
  });

  it.each([
    ['写真とるよ'],
    ['このへんに置いて'],
    ['りんごやみかんを買った'],
    ['ゲームやった'],
    ['見ても大丈夫'],
    ['してもたぶん平気'],
  ])('finds no Kansai pattern in standard %s', async (text) => {
    expect(await patternsIn(text)).toEqual([]);
  });

  it('takes every piece of a pattern IPADIC cut apart, so no piece becomes a word (うた "song" in てもうた)', async () => {
    const tokens = (await japaneseTokenizer())('ほんまに疲れてもうた');
    const forms = findSentenceItems(tokens, streamGlossary()).map((item) => item.draft.dictionaryForm);
    expect(forms).toContain('〜てまう');
    expect(forms).not.toContain('うた');
  });

  it('reports entries the glossary has, found by rule only where the spelling is also a word', () => {
    const glossary = streamGlossary();
    for (const headword of ['〜や', '〜へん', '〜とる', '〜はる', '〜てまう']) {
      expect(glossary.byHeadword.get(headword)?.ruleOnly, headword).toBe(true);
    }
    expect(glossary.byKey.has('とる')).toBe(false);
  });
});
