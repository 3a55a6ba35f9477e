import { afterAll, describe, expect, it } from 'vitest';
import { AnalysisThreadPool } from '../analysis/analysis-thread-pool.ts';
import { analyzeUtterance } from './analyze-utterance.ts';

describe('analyzeUtterance', () => {
  const starved = new AnalysisThreadPool({ memoryLimitMb: 8 });
  afterAll(() => starved.close());

  it('finds the items of an utterance on the analysis thread, and analyses a 20,000-katakana one in bounded pieces', async () => {
    const items = await analyzeUtterance('スパチャありがとう、このボス難しすぎ');
    expect(items.map((item) => item.dictionaryForm)).toEqual(expect.arrayContaining(['スパチャ', '〜すぎる']));
    expect(await analyzeUtterance('ア'.repeat(20_000))).toBeInstanceOf(Array);
  });

  it('answers an utterance whose analysis thread dies twice with a bad-input sentence, not a dead server', async () => {
    await expect(analyzeUtterance('こんにちは', undefined, starved)).rejects.toMatchObject({
      code: 'bad_input', message: expect.stringMatching(/ran out of memory twice on this 5-character utterance/),
    });
    expect(starved.crashes).toBe(2);
  });
});
