import { describe, expect, it, vi } from 'vitest';
import { BadInputError } from '../../../engine/errors/index.ts';
import { englishVtt, japaneseVtt } from '../testing/sample-transcripts.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';
import { AnalysisThreadPool, textAnalysisHere, type TextAnalysis } from './analysis-thread-pool.ts';
import { analyzeTranscript } from './analyze-transcript.ts';
import { tokenizeAhead } from './tokenize-ahead.ts';

const source = { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', platform: 'youtube', videoId: 'dQw4w9WgXcQ' } as const;

/** A fallback that counts what reached it, answering on the calling thread. */
function countingFallback() {
  const calls: string[] = [];
  const analysis: TextAnalysis = {
    prepare: (cues, signal) => (calls.push('prepare'), textAnalysisHere.prepare(cues, signal)),
    tokenize: (texts, signal) => (calls.push('tokenize'), textAnalysisHere.tokenize(texts, signal)),
  };
  return { calls, fallback: () => analysis };
}

describe('tokenizeAhead', () => {
  it('ends its thread before it returns, then answers the whole analysis from what it kept: the same items, no thread asked', async () => {
    const { cues } = parseTranscript(japaneseVtt);
    const pool = new AnalysisThreadPool();
    const events: string[] = [];
    const tokenize = vi.spyOn(pool, 'tokenize').mockImplementation(async function (this: AnalysisThreadPool, texts, signal) {
      events.push('tokenize');
      return AnalysisThreadPool.prototype.tokenize.call(this, texts, signal);
    });
    const close = vi.spyOn(pool, 'close').mockImplementation(async function (this: AnalysisThreadPool) {
      events.push('close');
      return AnalysisThreadPool.prototype.close.call(this);
    });
    const { calls, fallback } = countingFallback();
    const ahead = (await tokenizeAhead(cues, source, { pool, fallback }))!;
    expect(events.at(-1)).toBe('close');
    expect(tokenize).toHaveBeenCalled();
    expect(close).toHaveBeenCalledTimes(1);
    // The pipeline's cues come back through a schema, as new objects with their fields reordered.
    const reparsed = cues.map(({ text, end, start }) => ({ text, end, start }));
    const fromAhead = await analyzeTranscript(reparsed, source, { textAnalysis: ahead });
    expect(calls).toEqual([]);
    expect(fromAhead.items.length).toBeGreaterThan(0);
    expect(fromAhead).toEqual(await analyzeTranscript(cues, source, { textAnalysis: textAnalysisHere }));
  }, 60_000);

  it('passes what it did not see, and a transcript it could not analyse, to the fallback, which gives the usual answer', async () => {
    const { calls, fallback } = countingFallback();
    const english = parseTranscript(englishVtt).cues;
    const ahead = (await tokenizeAhead(english, source, { pool: new AnalysisThreadPool(), fallback }))!;
    await expect(analyzeTranscript(english, source, { textAnalysis: ahead })).rejects.toThrow(BadInputError);
    // The English transcript's sentences were prepared ahead; the Japanese one's were not.
    expect(calls).toEqual([]);
    const japanese = parseTranscript(japaneseVtt).cues;
    expect(await analyzeTranscript(japanese, source, { textAnalysis: ahead })).toEqual(await analyzeTranscript(japanese, source, { textAnalysis: textAnalysisHere }));
    expect(calls[0]).toBe('prepare');
    expect(calls).toContain('tokenize');
  }, 60_000);
});
