import { describe, expect, it } from 'vitest';
import { analyzeTranscript } from './analyze-transcript.ts';
import { textAnalysisHere } from './analysis-thread-pool.ts';
import type { MeaningLookup } from './meaning-lookup.ts';

/** A dictionary of a few EDICT entries (headword, reading, common), made here so the test needs no EDICT. */
const entries: [string, string, boolean][] = [
  ['罰ゲーム', 'ばつゲーム', false], ['罰', 'ばち', true], ['罰', 'ばつ', true], ['ゲーム', 'ゲーム', true], ['スタート', 'スタート', true],
  ['拾う', 'ひろう', true], ['思想', 'しそう', true], ['寝落ち', 'ねおち', false], ['見殺し', 'みごろし', false],
  ['他', 'た', true], ['他', 'ほか', true], ['他に', 'ほかに', true], ['客', 'きゃく', true], ['コメント', 'コメント', true],
  ['明かん', 'あかん', false], ['ぎゃあ', 'ぎゃあ', false], ['はい', 'はい', true],
];
/** Parts of speech, EDICT's codes: あかん is an expression, ぎゃあ only a cry. */
const partsOfSpeech: Record<string, string> = { あかん: 'exp', ぎゃあ: 'int', はい: 'int' };
const dictionary: MeaningLookup = {
  lookup: (form) => (entries.some(([headword, reading]) => headword === form || reading === form) ? `meaning of ${form}` : null),
  readingsOf: (form) => entries.filter(([headword]) => headword === form).map(([, reading]) => reading),
  isCommon: (form) => entries.some(([headword, reading, common]) => (headword === form || reading === form) && common),
  partOfSpeech: (form) => partsOfSpeech[form] ?? (entries.some(([headword]) => headword === form) ? 'n' : null),
};

async function itemsOf(...texts: string[]) {
  const cues = texts.map((text, index) => ({ start: index * 2, end: index * 2 + 1.5, text }));
  const { items } = await analyzeTranscript(cues, {}, { meanings: dictionary, textAnalysis: textAnalysisHere });
  return new Map(items.map((item) => [item.dictionaryForm, item]));
}

describe('findSentenceItems', () => {
  it('reads a run of tokens the dictionary has as one headword as one word, with the dictionary\'s reading', async () => {
    const items = await itemsOf('負けたら罰ゲームな');
    expect(items.get('罰ゲーム')).toMatchObject({ reading: 'ばつげーむ', english: 'meaning of 罰ゲーム' });
    expect(items.has('罰')).toBe(false);
  });

  it('keeps whole glossary words that kuromoji cuts across or runs together', async () => {
    const items = await itemsOf('エモいやつ', 'エイムガチで調子いい', '初見殺しやばい', '台パンしちゃった');
    for (const form of ['エモい', 'エイム', 'ガチ', '初見殺し', '台パン', '〜ちゃう']) expect(items.has(form), form).toBe(true);
    expect(items.get('台パン')!.expression).toBe('台パン');
    expect(items.has('見殺し')).toBe(false);
  });

  it('names words by their dictionary form and keeps katakana long vowels in readings and romaji', async () => {
    const items = await itemsOf('財布拾っちゃった', 'ゲームスタートします');
    expect(items.get('拾う')).toMatchObject({ expression: '拾う', reading: 'ひろう' });
    expect(items.has('拾っ')).toBe(false);
    expect(items.get('スタート')).toMatchObject({ reading: 'すたーと', romaji: 'sutaato' });
  });

  it('finds grammar patterns in their full and conjugated forms, and inside slang', async () => {
    const items = await itemsOf('今日はランクやっていきます', '負けてしまった', '先輩の建築うますぎて草');
    for (const form of ['〜てく', '〜ちゃう', '〜すぎる', 'うますぎ']) expect(items.has(form), form).toBe(true);
  });

  it('does not make a word of a run that is only some other word\'s reading', async () => {
    const items = await itemsOf('そろそろ寝落ちしそう');
    expect(items.has('しそう')).toBe(false);
    expect(items.has('寝落ち')).toBe(true);
  });

  it('reads a word standing alone as the dictionary\'s phrases with it read it (他の客 is ほか, not the た of 他人)', async () => {
    const items = await itemsOf('他の客はみんなスマホ見てた');
    expect(items.get('他')).toMatchObject({ reading: 'ほか' });
    expect(items.get('客')).toMatchObject({ reading: 'きゃく' });
  });

  it('reports a katakana spelling the glossary folds into a clipped headword as the word said (コメント, not コメ read こめ)', async () => {
    const items = await itemsOf('コメントありがとう', 'コメ欄見てる', '次はマリカーしよか');
    expect(items.get('コメント')).toMatchObject({ expression: 'コメント', reading: 'こめんと' });
    expect(items.has('コメ')).toBe(false);
    expect(items.has('コメ欄')).toBe(true);
    expect(items.get('マリカー')).toMatchObject({ reading: 'まりかー', english: 'Mario Kart' });
    expect([...items.values()].every((item) => item.dictionaryForm !== 'カー')).toBe(true);
  });

  it('offers dialect exclamations the dictionary has (あかん) but not cries or everyday ones (ぎゃあ, はい)', async () => {
    const items = await itemsOf('あかん、全然わからへん', 'ぎゃあ！', 'はい、始めます');
    expect(items.get('あかん')).toMatchObject({ reading: 'あかん', english: 'meaning of あかん' });
    expect(items.has('ぎゃあ')).toBe(false);
    expect(items.has('はい')).toBe(false);
  });
});
