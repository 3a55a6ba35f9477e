import { afterAll, describe, expect, it } from 'vitest';
import { japaneseTokenizer } from './japanese-tokenizer.ts';
import { AnalysisThreadPool, isThreadCrash } from './analysis-thread-pool.ts';
import { buildSentences } from './build-sentences.ts';
import { japaneseShare } from './japanese-share.ts';

const pool = new AnalysisThreadPool();
afterAll(() => pool.close());

describe('AnalysisThreadPool', () => {
  it('gives the tokens the calling thread gives', async () => {
    const texts = ['今日はホロライブの先輩とコラボ配信やってるんだけど', 'スパチャありがとう!', '相変わらず憂鬱な概念だ'];
    const here = await japaneseTokenizer();
    expect(await pool.tokenize(texts)).toEqual(texts.map((text) => here(text)));
  });

  it('prepares the sentences the calling thread builds', async () => {
    const cues = [{ start: 1, end: 2, text: 'こんばんは！にじさんじの' }, { start: 2.2, end: 4, text: '新人です' }, { start: 9, end: 10, text: 'hello 草' }];
    expect(await pool.prepare(cues, {})).toEqual({ share: japaneseShare(cues.map((cue) => cue.text)), sentences: buildSentences(cues) });
  });

  it('tokenises a 20,000-katakana line and 100,000 "<" on the thread, without this thread\'s heap growing or the thread dying', async () => {
    await pool.tokenize(['ウォームアップ']);
    const before = process.memoryUsage().heapUsed;
    const texts = ['ア'.repeat(20_000), '<'.repeat(100_000)];
    const [katakana, brackets] = await pool.tokenize(texts);
    // Unbounded, the first alone grew kuromoji's lattice to about 10 GB.
    expect(katakana.map((token) => token.surface).join('')).toBe(texts[0]);
    expect(brackets.map((token) => token.surface).join('')).toBe(texts[1]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
    expect(pool.crashes).toBe(0);
  });

  it('replaces a thread that dies of memory, tries the batch once more, and reports a second death as a crash', async () => {
    // A ceiling below the dictionary's own heap: every thread dies, as one fed a runaway input would.
    const starved = new AnalysisThreadPool({ memoryLimitMb: 8 });
    try {
      const failure = await starved.tokenize(['こんにちは']).catch((error: unknown) => error);
      expect(isThreadCrash(failure)).toBe(true);
      expect(String(failure)).toMatch(/memory/);
      expect(starved.crashes).toBe(2);
    } finally {
      await starved.close();
    }
    // This process lives on, and so does the pool with a proper ceiling.
    expect((await pool.tokenize(['配信']))[0][0].surface).toBe('配信');
  });
});
