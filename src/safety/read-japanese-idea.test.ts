import { beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { englishOfEntry, japaneseIdeaReader, type JapaneseIdeaReader } from './read-japanese-idea.ts';

describe('englishOfEntry', () => {
  it('reads an EDICT entry as plain English words, without "to" and bracketed notes', () => {
    expect(englishOfEntry({ headword: '触る', reading: 'さわる', partOfSpeech: 'v5r', common: true, english: 'to touch; to feel; to get involved (with)' }))
      .toEqual(['touch', 'feel', 'get involved']);
  });
});

describe.skipIf(toolMissing('edict'))('JapaneseIdeaReader on Debian\'s EDICT (needs edict)', () => {
  let reader: JapaneseIdeaReader;
  beforeAll(async () => {
    reader = (await japaneseIdeaReader())!;
  }, 120_000);

  it('glosses each content word by its dictionary form, inflected verbs included', () => {
    const gloss = reader.gloss('男の人が夜に女の子のベッドに入って触る話');
    expect(gloss.language).toBe('jpn');
    expect(gloss.foundShare).toBe(1);
    // 入って and 触る: the tokenizer's dictionary forms 入る and 触る, then EDICT.
    expect(gloss.sentence).toMatch(/\bman\b.*\bnight|evening\b.*\bgirl\b.*\bbed\b.*\bget in\b.*\btouch\b/);
    expect(reader.gloss('お母さんの薬をたくさん飲んで永遠に眠る女の子').byWord.flat()).toEqual(expect.arrayContaining(['mother', 'medicine', 'drink', 'girl']));
  });

  it('tells a kana word (perhaps inflected) from kana that only spells one', () => {
    expect(reader.isWord('いって')).toBe(true);
    expect(reader.isWord('おとこのこ')).toBe(true);
    expect(reader.isWord('ころす')).toBe(true);
    // Swahili "anapika" and "watoto", Italian "solitario" as kana: not Japanese words.
    for (const kana of ['あなぴか', 'わとと', 'そぃたりお']) expect(reader.isWord(kana), kana).toBe(false);
  });
});
