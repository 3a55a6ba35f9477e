import { afterAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../../engine/errors/index.ts';
import { parseStreamSource } from '../transcripts/parse-stream-source.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';
import type { TranscriptCue } from '../vocabulary-contracts.ts';
import { analyzeTranscript } from './analyze-transcript.ts';
import { japaneseTokenizer } from './japanese-tokenizer.ts';
import { AnalysisThreadPool, textAnalysisHere, type TextAnalysis } from './analysis-thread-pool.ts';

const vtt = `WEBVTT

00:00:01.000 --> 00:00:03.000
こんばんは！にじさんじの新人です

00:00:03.200 --> 00:00:06.000
今日はホロライブの先輩とコラボ配信やってるんだけど

00:00:06.100 --> 00:00:08.000
スパチャありがとう！

00:00:10.000 --> 00:00:12.000
このボス難しすぎｗｗｗｗ

00:00:12.500 --> 00:00:14.000
えっと、あの、まあ、回復しとくね。

00:02:03.000 --> 00:02:05.000
相変わらず憂鬱な概念だ、１２３
`;

const source = parseStreamSource('https://youtu.be/dQw4w9WgXcQ');

describe('analyzeTranscript', () => {
  it('keeps names and slang whole, finds casual grammar, and skips particles, fillers and numbers', async () => {
    const { items } = await analyzeTranscript(parseTranscript(vtt).cues, source);
    const byForm = new Map(items.map((item) => [item.dictionaryForm, item]));
    for (const name of ['にじさんじ', 'ホロライブ', 'スパチャ', 'コラボ', '配信', 'ww', '〜てる', '〜んだけど', '〜すぎる', '〜とく']) {
      expect(byForm.has(name), name).toBe(true);
    }
    expect(byForm.get('にじさんじ')).toMatchObject({ kind: 'cultural_reference', meaningSource: 'glossary', reading: 'にじさんじ', romaji: 'nijisanji' });
    expect(byForm.get('〜てる')).toMatchObject({ kind: 'grammar_pattern', expression: '〜てる' });
    for (const skipped of ['に', 'じさ', 'の', 'は', 'えっと', 'える', 'あの', 'まあ', '123', '今日', 'ありがとう']) {
      expect(byForm.has(skipped), skipped).toBe(false);
    }
    expect(byForm.get('憂鬱')).toMatchObject({ kind: 'word', reading: 'ゆううつ', romaji: 'yuuutsu', meaningSource: 'none', english: null, difficulty: 5 });
  });

  it('dates each occurrence by its own cue and links into the video', async () => {
    const { items, sentences } = await analyzeTranscript(parseTranscript(vtt).cues, source);
    const superChat = items.find((item) => item.dictionaryForm === 'スパチャ')!;
    expect(superChat.occurrences[0]).toMatchObject({ start: 6.1, end: 8, link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=6s' });
    expect(superChat.occurrences[0].sentence).toBe('にじさんじの新人です今日はホロライブの先輩とコラボ配信やってるんだけどスパチャありがとう!');
    const melancholy = items.find((item) => item.dictionaryForm === '憂鬱')!;
    expect(melancholy.occurrences[0].link).toBe('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=123s');
    // The cue at 12.5 s follows 0.5 s after an unfinished sentence, so it continues it.
    expect(sentences.map((sentence) => sentence.start)).toEqual([1, 1, 10, 123]);
  });

  it('counts every use of an expression', async () => {
    const cues = parseTranscript('草\nそれは草\n草生える\n').cues;
    const { items, warnings } = await analyzeTranscript(cues);
    expect(items.find((item) => item.dictionaryForm === '草')?.count).toBe(2);
    expect(items.find((item) => item.dictionaryForm === '草生える')?.count).toBe(1);
    expect(items[0].occurrences[0]).toMatchObject({ start: null, link: null });
    expect(warnings.join(' ')).toMatch(/no times/);
  });

  it('refuses a transcript that is not Japanese, saying the share found', async () => {
    const cues = parseTranscript('Hello everyone, welcome back to the stream!\nToday we play Minecraft 草\n').cues;
    await expect(analyzeTranscript(cues)).rejects.toThrowError(BadInputError);
    await expect(analyzeTranscript(cues)).rejects.toThrowError(/^2% of the letters are Japanese/);
  });
});

describe('analyzeTranscript on hostile and large transcripts', () => {
  // kuromoji given each sentence whole, on this thread: the analysis as it was before text was cut into pieces.
  const whole: TextAnalysis = {
    prepare: textAnalysisHere.prepare,
    async tokenize(texts) {
      const tokenize = await japaneseTokenizer(Infinity);
      return texts.map((text) => tokenize(text));
    },
  };
  const starved = new AnalysisThreadPool({ memoryLimitMb: 8 });
  afterAll(() => starved.close());

  it('finds the same items on the tokenizer thread as kuromoji given whole sentences, long plain-text lines included', async () => {
    const longLine = 'えっと、今日はマイクラで家を建ててるんだけど、ボスが強すぎて回復アイテムが足りなくて、ホロライブの先輩に助けてもらった。'.repeat(12);
    const cues = [...parseTranscript(vtt).cues, ...parseTranscript(`${longLine}\n相変わらず憂鬱な概念だ`).cues];
    const threaded = await analyzeTranscript(cues, source);
    expect(threaded).toEqual(await analyzeTranscript(cues, source, { textAnalysis: whole }));
    expect(threaded.items.length).toBeGreaterThan(10);
  });

  it('analyses one line of 20,000 katakana and a cue of 100,000 "<" among Japanese cues', async () => {
    const katakana = await analyzeTranscript([{ start: null, end: null, text: 'ア'.repeat(20_000) }]);
    expect(katakana.sentences[0].text).toHaveLength(20_000);
    const cues: TranscriptCue[] = [
      { start: 1, end: 3, text: 'スパチャありがとう！' },
      { start: 3, end: 4, text: '<'.repeat(100_000) },
      { start: 5, end: 7, text: '相変わらず憂鬱な概念だ' },
    ];
    const brackets = await analyzeTranscript(cues);
    expect(brackets.items.map((item) => item.dictionaryForm)).toEqual(expect.arrayContaining(['スパチャ', '憂鬱']));
  });

  it('fails as bad input naming the longest line when the analysis thread dies twice on a transcript', async () => {
    const cues = parseTranscript(`${'ア'.repeat(20_000)}\n配信はじめます\n`).cues;
    const failure = analyzeTranscript(cues, {}, { textAnalysis: starved });
    await expect(failure).rejects.toThrowError(BadInputError);
    await expect(failure).rejects.toThrowError(/ran out of memory twice on this transcript; line 1 holds 20,000 characters with no break\./);
  });

  it('refuses more cues than one analysis takes, naming both numbers', async () => {
    const cues: TranscriptCue[] = Array.from({ length: 30_001 }, (_, index) => ({ start: index, end: index + 0.5, text: '草' }));
    await expect(analyzeTranscript(cues)).rejects.toThrowError(/30,001 cues; the studio analyses at most 30,000/);
  });
});
