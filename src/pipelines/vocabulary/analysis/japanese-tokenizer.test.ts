import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { describe, expect, it } from 'vitest';
import { japaneseTokenizer } from './japanese-tokenizer.ts';

const text = 'ほんまに疲れてもうた。スパチャありがとう！ｗｗｗ　ダイヤ掘ってるんだけど全然見つからない。'
  + 'Ωζ§ｱｲｳ ～ 2024年12月、ぎゃああああ！！ クリーパーいるじゃん？ 概念的な話になるけど、憂鬱だ。';

describe('japaneseTokenizer', () => {
  it('reads the dictionary without its padding and tokenises exactly as kuromoji\'s own loader does, unknown words and costs included', async () => {
    const require = createRequire(import.meta.url);
    const reference = await new Promise<kuromoji.Tokenizer<kuromoji.IpadicFeatures>>((resolve, reject) => {
      kuromoji.builder({ dicPath: join(dirname(require.resolve('kuromoji/package.json')), 'dict') }).build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer)));
    });
    const ours = (await japaneseTokenizer(Infinity))(text);
    const theirs = reference.tokenize(text);
    expect(ours.map((token) => [token.surface, token.basicForm, token.reading, token.pos, token.posDetail, token.conjugatedForm, token.known]))
      .toEqual(theirs.map((token) => [token.surface_form, token.basic_form === '*' ? token.surface_form : token.basic_form, token.reading && token.reading !== '*' ? token.reading : '', token.pos, token.pos_detail_1, token.conjugated_form, token.word_type === 'KNOWN']));
    expect(ours.some((token) => !token.known)).toBe(true);
    expect(ours.filter((token) => token.known).every((token) => Number.isInteger(token.wordCost))).toBe(true);
  });
});
