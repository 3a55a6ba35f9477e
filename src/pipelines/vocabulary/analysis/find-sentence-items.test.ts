import { describe, expect, it } from 'vitest';
import { analyzeTranscript } from './analyze-transcript.ts';
import { textAnalysisHere } from './analysis-thread-pool.ts';
import type { MeaningLookup } from './find-sentence-items.ts';

/** A dictionary of a few EDICT entries (headword, reading, common), made here so the test needs no EDICT. */
const entries: [string, string, boolean][] = [
  ['罰ゲーム', 'ばつゲーム', false], ['罰', 'ばち', true], ['罰', 'ばつ', true], ['ゲーム', 'ゲーム', true], ['スタート', 'スタート', true],
  ['拾う', 'ひろう', true], ['思想', 'しそう', true], ['寝落ち', 'ねおち', false], ['見殺し', 'みごろし', false],
];
const dictionary: MeaningLookup = {
  lookup: (form) => (entries.some(([headword]) => headword === form) ? `meaning of ${form}` : null),
  readingsOf: (form) => entries.filter(([headword]) => headword === form).map(([, reading]) => reading),
  isCommon: (form) => entries.some(([headword, , common]) => headword === form && common),
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
});
