import { describe, expect, it } from 'vitest';
import { textAnalysisHere } from './analysis-thread-pool.ts';
import { analyzeTranscript } from './analyze-transcript.ts';
import { cueBoundary } from './example-across-cues.ts';
import { maxExampleChars } from './example-sentence.ts';

async function examplesOf(cues: { start: number; end: number; text: string }[]) {
  const { items } = await analyzeTranscript(cues, {}, { textAnalysis: textAnalysisHere });
  return new Map(items.map((item) => [item.dictionaryForm, item.occurrences[0]]));
}

describe('examples across cues', () => {
  it('shows a cue that stops mid-phrase beside the next one, marked, in both cues\' examples, each item keeping its own cue\'s time', async () => {
    const examples = await examplesOf([
      { start: 1, end: 3, text: 'ダイヤを掘って' },
      { start: 3.2, end: 5, text: '松明を置いとくね' },
    ]);
    expect(examples.get('掘る')).toMatchObject({ sentence: `ダイヤを掘って${cueBoundary}松明を置いとくね`, start: 1 });
    expect(examples.get('松明')).toMatchObject({ sentence: `ダイヤを掘って${cueBoundary}松明を置いとくね`, start: 3.2 });
  });

  it('joins after a case particle too (建築が / …), never after a sentence-final one or one casual speech ends on (けど, かも)', async () => {
    const joined = await examplesOf([{ start: 1, end: 2, text: '先輩の建築が' }, { start: 2.5, end: 4, text: 'お城っぽい' }]);
    expect(joined.get('建築')!.sentence).toBe(`先輩の建築が${cueBoundary}お城っぽい`);
    const apart = await examplesOf([{ start: 1, end: 2, text: '建築すごいね' }, { start: 2.5, end: 4, text: '松明も置いた' }]);
    expect(apart.get('建築')!.sentence).toBe('建築すごいね');
    expect(apart.get('松明')!.sentence).toBe('松明も置いた');
    const casual = await examplesOf([{ start: 1, end: 2, text: '建築したいかも' }, { start: 2.5, end: 4, text: '喉の調子が心配だけど' }, { start: 4.5, end: 6, text: '松明も置いた' }]);
    expect([...casual.values()].every((occurrence) => !occurrence.sentence.includes(cueBoundary))).toBe(true);
  });

  it('shows two cues at most: the middle of three follows its own half-thought forward', async () => {
    const examples = await examplesOf([{ start: 1, end: 2, text: '先輩の建築が' }, { start: 2.5, end: 4, text: 'お城を眺めて' }, { start: 4.5, end: 6, text: '松明も置いた' }]);
    expect(examples.get('建築')!.sentence).toBe(`先輩の建築が${cueBoundary}お城を眺めて`);
    expect(examples.get('城')!.sentence).toBe(`お城を眺めて${cueBoundary}松明も置いた`);
  });

  it('keeps cues apart across a long pause, or when the two would pass the example\'s length', async () => {
    const paused = await examplesOf([{ start: 1, end: 2, text: 'ダイヤを掘って' }, { start: 12, end: 14, text: '松明を置いた' }]);
    expect(paused.get('掘る')!.sentence).toBe('ダイヤを掘って');
    const long = 'とても長い説明がずっと続いていく配信の途中で急に話題が変わって';
    const lengthy = await examplesOf([{ start: 1, end: 2, text: long }, { start: 2.2, end: 4, text: `松明を置いた${'あ'.repeat(maxExampleChars - long.length)}` }]);
    expect(lengthy.get('松明')!.sentence.includes(cueBoundary)).toBe(false);
  });
});
