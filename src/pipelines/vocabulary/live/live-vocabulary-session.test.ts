import { describe, expect, it } from 'vitest';
import type { SpeechModel, TextModel, TextStreamPart } from '../../../providers/spec/index.ts';
import type { ServerMessage } from './live-vocabulary-messages.ts';
import { ProviderUnavailableError } from '../../../engine/errors/index.ts';
import { createFallbackModel } from '../../../providers/fallback-model.ts';
import { LiveVocabularySession } from './live-vocabulary-session.ts';

const item = { expression: '草', dictionaryForm: '草', reading: 'くさ', english: 'lol', meaningSource: 'glossary', kind: 'slang', difficulty: 1, note: null } as const;

describe('live vocabulary session', () => {
  it('voices the first sentence while the reply is still streaming', async () => {
    const sent: ServerMessage[] = [];
    let firstSpeechSent!: () => void;
    const firstSpeech = new Promise<void>((resolve) => (firstSpeechSent = resolve));
    // A reply model that holds its second sentence back until the first has been voiced:
    // the test can only finish if speech does not wait for the whole reply.
    const reply: TextModel = {
      provider: 'test', modelId: 'held',
      generate: () => Promise.reject(new Error('streams only')),
      async *stream(): AsyncGenerator<TextStreamPart> {
        yield { type: 'text-delta', text: 'こんにちは。' };
        yield { type: 'text-delta', text: ' Hello there.' };
        await firstSpeech;
        yield { type: 'text-delta', text: ' またね。' };
        yield { type: 'finish', text: 'こんにちは。 Hello there. またね。', warnings: [] };
      },
    };
    const speech: SpeechModel = {
      provider: 'test', modelId: 'voice',
      speak: async ({ text }) => ({ audio: { data: new TextEncoder().encode(text), mediaType: 'audio/wav' }, timings: [], warnings: [] }),
    };
    const session = new LiveVocabularySession({
      send: (message) => {
        sent.push(message);
        if (message.type === 'speech') firstSpeechSent();
      },
      analyze: async () => [item],
      reply: { model: reply, name: 'test:held' },
      speech: { model: speech, servedBy: () => 'test:voice' },
    });
    await session.utterance('草', 'ja');
    await session.settled();
    const types = sent.map((message) => message.type);
    expect(types.filter((type) => type === 'reply-delta')).toHaveLength(3);
    expect(types.indexOf('speech')).toBeLessThan(types.indexOf('reply-done'));
    const spoken = sent.flatMap((message) => (message.type === 'speech' ? [Buffer.from(message.audio, 'base64').toString()] : []));
    expect(spoken).toEqual(['こんにちは。', 'Hello there.', 'またね。']);
    expect(sent.find((message) => message.type === 'reply-done')).toMatchObject({ text: 'こんにちは。 Hello there. またね。' });
    const latency = sent.find((message) => message.type === 'latency');
    expect(latency?.type === 'latency' && latency.stages.replyFirstToken! <= latency.stages.replyDone!).toBe(true);
  });

  it('says once, with the reason, when a preferred voice backend failed and a later one spoke', async () => {
    const sent: ServerMessage[] = [];
    const reply: TextModel = {
      provider: 'test', modelId: 'plain',
      generate: () => Promise.reject(new Error('streams only')),
      async *stream(): AsyncGenerator<TextStreamPart> {
        yield { type: 'text-delta', text: 'こんにちは。 またね。' };
        yield { type: 'finish', text: 'こんにちは。 またね。', warnings: [] };
      },
    };
    const voice: SpeechModel = {
      provider: 'test', modelId: 'voice',
      speak: async ({ text }) => ({ audio: { data: new TextEncoder().encode(text), mediaType: 'audio/wav' }, timings: [], warnings: [] }),
    };
    // The fallback list as resolveLiveModels makes it: the preferred backend is down, the next one speaks.
    let servedBy = '';
    let passedOver: readonly { candidate: string; reason: string }[] = [];
    const speech = createFallbackModel('speech', ['kokoro:af_heart', 'test:voice'], (candidate) => {
      if (candidate.startsWith('kokoro:')) throw new ProviderUnavailableError('kokoro could not be reached at http://127.0.0.1:8880 (fetch failed).');
      return voice;
    }, (candidate, skipped) => { servedBy = candidate; passedOver = skipped; });
    const session = new LiveVocabularySession({
      send: (message) => sent.push(message),
      analyze: async () => [item],
      reply: { model: reply, name: 'test:plain' },
      speech: { model: speech, servedBy: () => servedBy, passedOver: () => passedOver },
    });
    await session.utterance('草', 'ja');
    await session.settled();
    expect(sent.filter((message) => message.type === 'speech')).toHaveLength(2);
    const notices = sent.filter((message) => message.type === 'notice' && message.stage === 'speech');
    expect(notices).toEqual([expect.objectContaining({
      level: 'degraded',
      message: 'Not used: kokoro:af_heart (kokoro could not be reached at http://127.0.0.1:8880 (fetch failed)); test:voice spoke instead. Check the backends in Settings.',
    })]);
  });
});
