import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../engine/errors/index.ts';
import { growsLinearly, leastCpuMs, markupRuns, run } from '../testing/hostile-text.ts';
import { parseTranscript } from './parse-transcript.ts';

const vtt = `WEBVTT
Kind: captions

NOTE written by hand

1
00:00:01.000 --> 00:00:03.500 align:start
<v Miko>こんばんは！<c.colorE5E5E5>今日も</c>

00:04.000 --> 00:06.000
配信始まるよ〜
`;

const srt = `1
00:00:01,000 --> 00:00:02,500
<i>おつかれさま</i>

2
00:00:03,000 --> 00:00:05,250
スパチャありがとう！
二行目
`;

const ass = `[Script Info]
ScriptType: v4.00+

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Default,Arial,20,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,2,2,10,10,10,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:00:05.00,0:00:07.50,Default,,0,0,0,,{\\an8}コラボ配信\\Nはじまり
Comment: 0,0:00:06.00,0:00:07.00,Default,,0,0,0,,これはコメント
Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,こんにちは
`;

const json3 = JSON.stringify({
  wireMagic: 'pb3',
  events: [
    { tStartMs: 0, dDurationMs: 100000, id: 1 },
    { tStartMs: 1000, dDurationMs: 4000, segs: [{ utf8: 'みんな' }, { utf8: 'おつ', tOffsetMs: 500 }] },
    { tStartMs: 3000, dDurationMs: 3000, segs: [{ utf8: '草生える' }] },
    { tStartMs: 5500, aAppend: 1, segs: [{ utf8: '\n' }] },
  ],
});

describe('parseTranscript', () => {
  it('reads WebVTT with tags, identifiers, notes and hour-less times', () => {
    const { format, cues } = parseTranscript(vtt);
    expect(format).toBe('vtt');
    expect(cues).toEqual([
      { start: 1, end: 3.5, text: 'こんばんは！今日も' },
      { start: 4, end: 6, text: '配信始まるよ〜' },
    ]);
  });

  it('reads SRT with comma milliseconds and joins a cue’s lines', () => {
    const { format, cues } = parseTranscript(srt);
    expect(format).toBe('srt');
    expect(cues[1]).toEqual({ start: 3, end: 5.25, text: 'スパチャありがとう！二行目' });
  });

  it('reads ASS dialogue in time order without override tags or comments', () => {
    const { format, cues } = parseTranscript(ass);
    expect(format).toBe('ass');
    expect(cues.map((cue) => cue.text)).toEqual(['こんにちは', 'コラボ配信はじまり']);
    expect(cues[1]).toMatchObject({ start: 5, end: 7.5 });
  });

  it('reads YouTube json3 and trims overlapping auto-caption durations', () => {
    const { format, cues } = parseTranscript(json3);
    expect(format).toBe('json3');
    expect(cues).toEqual([
      { start: 1, end: 3, text: 'みんなおつ' },
      { start: 3, end: 6, text: '草生える' },
    ]);
  });

  it('drops the repeated line of YouTube rolling auto-captions in WebVTT', () => {
    const rolling = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nこんにちは\n\n00:00:02.000 --> 00:00:04.000\nこんにちは\n今日は雑談\n';
    expect(parseTranscript(rolling).cues.map((cue) => cue.text)).toEqual(['こんにちは', '今日は雑談']);
  });

  it('reads plain text as one utterance per line without times', () => {
    const { format, cues } = parseTranscript('おはよう\n\n  今日はマイクラ  \n');
    expect(format).toBe('text');
    expect(cues).toEqual([
      { start: null, end: null, text: 'おはよう' },
      { start: null, end: null, text: '今日はマイクラ' },
    ]);
  });

  it('honours an explicit format', () => {
    expect(parseTranscript('WEBVTT\n', 'text').cues).toEqual([{ start: null, end: null, text: 'WEBVTT' }]);
  });

  it.each(['constructor', 'toString', '__proto__'])('refuses the format name %s, which every object inherits', (format) => {
    expect(() => parseTranscript('あ', format as never)).toThrowError(/Unknown transcript format/);
  });

  it.each([
    ['an empty text', '   \n', /empty/],
    ['a WebVTT file without cues', 'WEBVTT\n\nNOTE nothing\n', /empty/],
    ['garbled text', '\uFFFD\uFFFD\uFFFD\uFFFDあ', /garbled/],
    ['a broken time line', 'WEBVTT\n\n00:00:xx --> 00:00:02.000\nあ\n', /cannot be read/],
    ['times out of order', 'WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nあ\n\n00:00:02.000 --> 00:00:03.000\nい\n', /cue 2 starts at 00:00:02, before cue 1/],
    ['a cue ending before it starts', '1\n00:00:05,000 --> 00:00:04,000\nあ\n', /Cue 1 ends/],
    ['a time past 24 hours', 'WEBVTT\n\n25:00:00.000 --> 25:00:01.000\nあ\n', /past 24 hours/],
    ['json3 that is not timed text', '{"events": 3}', /not YouTube timed text/],
    ['json3 that does not parse', '{"events": [', /not valid JSON/],
    ['more cues than one analysis takes', 'あ\n'.repeat(30_001), /has 30,001 cues; the studio analyses at most 30,000/],
    ['a WebVTT file of 300,000 cues, before parsing it', `WEBVTT\n\n${'00:00:01.000 --> 00:00:02.000\nあ\n\n'.repeat(300_000)}`, /has 300,000 cues; the studio analyses at most 30,000/],
    ['more characters than one analysis takes', `${'あ'.repeat(1_000_001)}\n`, /holds 1,000,001 characters of text; the studio analyses at most 1,000,000/],
    ['ASS dialogue before any Format line', '[Script Info]\n[Events]\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,あ\n', /no Format line/],
    ['an ASS Format line without Text', '[Events]\nFormat: Layer, Start, End\nDialogue: 0,0:00:01.00,0:00:02.00\n', /Format line .* Start, End and Text/],
    ['json3 text with an escaped NUL', '{"events":[{"tStartMs":0,"segs":[{"utf8":"あ\\u0000い"}]}]}', /Cue 1 of the transcript contains a NUL character/],
    ['json3 text with a lone surrogate', '{"events":[{"tStartMs":0,"segs":[{"utf8":"あ\\ud800"}]}]}', /Cue 1 .* lone UTF-16 surrogate/],
  ])('refuses %s with a sentence', (_label, text, message) => {
    expect(() => parseTranscript(text)).toThrowError(BadInputError);
    expect(() => parseTranscript(text)).toThrowError(message);
  });
});

describe('parseTranscript on hostile text', () => {
  // Each format's wrapping around a cue text, so the run reaches the parser and the markup stripper.
  const wrappers: Record<string, (text: string) => string> = {
    vtt: (text) => `WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nあ${text}`,
    srt: (text) => `1\n00:00:01,000 --> 00:00:02,000\nあ${text}`,
    ass: (text) => `[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,あ${text}`,
    json3: (text) => JSON.stringify({ events: [{ tStartMs: 0, segs: [{ utf8: `あ${text}` }] }] }),
    text: (text) => `あ${text}`,
    detected: (text) => text,
  };
  const attempt = (text: string) => {
    try {
      parseTranscript(text);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
    }
  };

  it.each(Object.keys(wrappers))('reads %s in time proportional to its length, whatever the markup', (format) => {
    const length = 20_000;
    for (const unit of markupRuns) {
      const small = leastCpuMs(() => attempt(wrappers[format](run(unit, length))));
      const large = leastCpuMs(() => attempt(wrappers[format](run(unit, 4 * length))));
      expect(growsLinearly(small, large), `${JSON.stringify(unit)}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms on 4 times the text`).toBe(true);
    }
  });
});
