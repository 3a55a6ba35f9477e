import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIBackend } from '../../../providers/openai/openai-backend.ts';
import type { TextModel } from '../../../providers/spec/text.ts';
import { startStandIn, type StandIn } from '../../../providers/testing/start-stand-in.ts';
import { parseStreamSource } from '../transcripts/parse-stream-source.ts';
import { parseTranscript } from '../transcripts/parse-transcript.ts';
import { analyzeTranscript } from './analyze-transcript.ts';
import { enrichWithTextModel, sentencesPerChunk } from './enrich-with-text-model.ts';

// What a model would answer: a conflict with the glossary (スパチャ), a meaning for an offline word
// (憂鬱), a new slang term (ぴえん is in the glossary, 沼る is not), and one expression never said.
const answer = {
  items: [
    { expression: 'スパチャ', reading: 'すぱちゃ', english: 'WRONG MEANING', kind: 'word', difficulty: 5, note: 'model note' },
    { expression: '憂鬱', reading: 'ゆううつ', english: 'gloom', kind: 'word', difficulty: 4, note: 'Often 憂鬱な気分.' },
    { expression: '沼る', reading: 'ぬまる', english: 'to get hooked', kind: 'slang', difficulty: 3, note: 'From 沼 (swamp).' },
    { expression: '存在しない語', reading: 'そんざいしないご', english: 'not in the text', kind: 'word', difficulty: 1, note: '' },
  ],
};

let standIn: StandIn;
let textModel: TextModel;
beforeAll(async () => {
  standIn = await startStandIn(async (request) => {
    if (request.path !== '/v1/chat/completions') return { status: 404, body: { error: { message: 'no such path' } } };
    const body = request.json();
    const content = body.messages.at(-1).content.includes('BROKEN') ? '{"items": "nope"}' : JSON.stringify(answer);
    return { body: { id: 'x', object: 'chat.completion', created: 1, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] } };
  });
  textModel = createOpenAIBackend({ name: 'local', baseURL: `${standIn.origin}/v1` }).model('text', 'chat') as TextModel;
});
afterAll(() => standIn.close());

const transcript = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nスパチャありがとう\n\n00:00:05.000 --> 00:00:07.000\n憂鬱な月曜日、また沼る予感\n';
const source = parseStreamSource('https://www.twitch.tv/videos/42');

describe('enrichWithTextModel, contract test against a local OpenAI stand-in', () => {
  it('merges the model’s answer: glossary wins, offline words gain meanings, new slang is added with its times', async () => {
    const analysis = await analyzeTranscript(parseTranscript(transcript).cues, source);
    const { items, warnings } = await enrichWithTextModel(analysis.items, analysis.sentences, textModel, undefined, source);
    expect(warnings).toEqual([]);
    const byForm = new Map(items.map((item) => [item.dictionaryForm, item]));
    expect(byForm.get('スパチャ')).toMatchObject({ meaningSource: 'glossary', kind: 'stream_term', english: 'Super Chat (paid highlighted message)' });
    expect(byForm.get('憂鬱')).toMatchObject({ meaningSource: 'llm', english: 'gloom', note: 'Often 憂鬱な気分.', kind: 'word' });
    expect(byForm.get('沼る')).toMatchObject({ meaningSource: 'llm', kind: 'slang', romaji: 'numaru', count: 1 });
    expect(byForm.get('沼る')!.occurrences[0]).toMatchObject({ start: 5, link: 'https://www.twitch.tv/videos/42?t=0h0m5s' });
    expect(byForm.has('存在しない語')).toBe(false);
    const request = standIn.requests.at(-1)!.json();
    expect(request.response_format.type).toBe('json_schema');
    expect(request.messages[0].content).toMatch(/slang/);
  });

  it(`asks once per ${sentencesPerChunk} sentences and skips a chunk whose answer does not fit, with a warning`, async () => {
    const before = standIn.requests.length;
    const sentences = Array.from({ length: sentencesPerChunk + 10 }, (_, index) => ({ text: index === sentencesPerChunk ? 'BROKEN 沼る' : `沼る話 ${index}`, start: index, end: index + 1 }));
    const { items, warnings } = await enrichWithTextModel([], sentences, textModel);
    expect(standIn.requests.length - before).toBe(2);
    expect(warnings).toEqual([`The text model's answer for sentences ${sentencesPerChunk + 1}-${sentencesPerChunk + 10} did not fit the schema and was skipped.`]);
    expect(items.find((item) => item.dictionaryForm === '沼る')?.count).toBe(sentencesPerChunk);
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(enrichWithTextModel([], [{ text: 'あ', start: 0, end: 1 }], textModel, controller.signal)).rejects.toThrow();
  });
});
