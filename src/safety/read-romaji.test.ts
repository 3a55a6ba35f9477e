import { beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { japaneseIdeaReader, type JapaneseIdeaReader } from './read-japanese-idea.ts';
import { readRomaji } from './read-romaji.ts';

describe.skipIf(toolMissing('edict'))('readRomaji on Debian\'s EDICT (needs edict)', () => {
  let reader: JapaneseIdeaReader;
  beforeAll(async () => {
    reader = (await japaneseIdeaReader())!;
  }, 120_000);

  it('reads romanised Japanese as kana, and its glosses in English', () => {
    const kana = readRomaji('otoko no hito ga chiisai onna no ko wo korosu hanashi', reader);
    expect(kana).toEqual(['おとこ', 'の', 'ひと', 'が', 'ちいさい', 'おんな', 'の', 'こ', 'を', 'ころす', 'はなし']);
    expect(reader.glossKana(kana!).byWord.flat()).toEqual(expect.arrayContaining(['man', 'small', 'kill']));
    expect(readRomaji('kuma no ko ga hoshi wo sagashi ni iku ohanashi', reader)).toBeDefined();
  });

  it('leaves other Latin-script languages alone, even where their words spell kana', () => {
    for (const idea of [
      'un fantasma solitario che cerca amici nel vecchio castello',
      'uma festa surpresa secreta para o aniversario da vovo',
      'mama anapika chakula kizuri kwa watoto wote',
      'een hond die bang is in het donker en een ster vindt',
    ]) expect(readRomaji(idea, reader), idea).toBeUndefined();
  });
});
