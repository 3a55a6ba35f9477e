import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../../providers/testing/start-stand-in.ts';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { createVocabularyStore } from './store/vocabulary-store.ts';
import { japaneseVtt } from './testing/sample-transcripts.ts';

// A local OpenAI-compatible stand-in: the text model adds a meaning for 新人 and a slang term never in the glossary.
const answer = { items: [{ expression: 'ボス', reading: 'ぼす', english: 'boss (enemy)', kind: 'word', difficulty: 1, note: 'From English.' }] };
const jmdict = { version: '3.5.0', words: [{ id: '1', kanji: [{ common: true, text: '概念', tags: [] }], kana: [{ common: true, text: 'がいねん', tags: [], appliesToKanji: ['*'] }], sense: [{ gloss: [{ lang: 'eng', text: 'concept' }] }] }] };

let standIn: StandIn;
let testRuntime: TestRuntime;
let folder: string;
beforeAll(async () => {
  standIn = await startStandIn(async (request) => {
    const body = request.json();
    return { body: { id: 'x', object: 'chat.completion', created: 1, model: body.model, choices: [{ index: 0, message: { role: 'assistant', content: JSON.stringify(answer) }, finish_reason: 'stop' }] } };
  });
  folder = await mkdtemp(join(tmpdir(), 'kiln-vocabulary-pipeline-'));
  await writeFile(join(folder, 'jmdict-eng.json'), JSON.stringify(jmdict));
  await writeFile(join(folder, 'kiln.config.json'), JSON.stringify({
    backends: { local: { type: 'openai', baseURL: `${standIn.origin}/v1` } },
    capabilities: { text: ['local:chat', 'builtin:storyteller'] },
    vocabulary: { jmdictPath: join(folder, 'jmdict-eng.json') },
  }));
  testRuntime = await createTestRuntime({ env: { KILN_CONFIG: join(folder, 'kiln.config.json') } });
}, 60_000);
afterAll(async () => {
  await testRuntime?.close();
  await standIn?.close();
  await rm(folder, { recursive: true, force: true });
});

async function run(input: Record<string, unknown>): Promise<JobRecord> {
  const { jobs } = testRuntime.runtime;
  const job = await jobs.create('local', 'vocabulary', input);
  for (;;) {
    const record = await jobs.get('local', job.id);
    if (['succeeded', 'failed', 'cancelled'].includes(record.state)) return record;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('vocabulary pipeline', () => {
  it('parses, analyses with JMdict, enriches with the text model and saves; the same transcript uploaded again reuses the cached steps and saves again', async () => {
    const asset = await testRuntime.runtime.assets.put({ ownerId: 'local', data: Buffer.from(japaneseVtt), mediaType: 'text/plain', name: 'stream.vtt' });
    const input = { transcriptAssetId: asset.id, source: { url: 'https://youtu.be/dQw4w9WgXcQ', platform: 'youtube', videoId: 'dQw4w9WgXcQ' }, enrich: true, jmdict: true };
    const first = await run(input);
    expect(first.state, JSON.stringify(first.error)).toBe('succeeded');
    expect(first.steps.map((step) => step.name)).toEqual(['parse', 'analyze', 'enrich', 'save']);
    expect(first.steps.find((step) => step.name === 'enrich')!.servedBy).toEqual(['local:chat']);
    const store = createVocabularyStore(testRuntime.runtime.database!);
    const byForm = new Map((await store.query('local', { pageSize: 200 })).entries.map((entry) => [entry.dictionaryForm, entry]));
    expect(byForm.get('概念')).toMatchObject({ english: 'concept', meaningSource: 'jmdict' });
    expect(byForm.get('ボス')).toMatchObject({ english: 'boss (enemy)', meaningSource: 'llm' });

    // Another asset with the same bytes: the steps are keyed by the transcript's contents, not its id.
    const again = await testRuntime.runtime.assets.put({ ownerId: 'local', data: Buffer.from(japaneseVtt), mediaType: 'text/plain', name: 'stream (1).vtt' });
    const second = await run({ ...input, transcriptAssetId: again.id });
    expect(second.state).toBe('succeeded');
    expect(second.steps.filter((step) => step.cached).map((step) => step.name)).toEqual(['parse', 'analyze', 'enrich']);
    expect((await store.listStreams('local')).length).toBe(2);
    expect(byForm.get('ボス')!.totalCount * 2).toBe((await store.query('local', { q: 'ボス' })).entries[0].totalCount);
  }, 90_000);

  it('fails a job whose transcript is not Japanese with the analyser\'s sentence and saves nothing', async () => {
    const asset = await testRuntime.runtime.assets.put({ ownerId: 'local', data: Buffer.from('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there, friends\n'), mediaType: 'text/plain', name: 'en.vtt' });
    const before = (await createVocabularyStore(testRuntime.runtime.database!).listStreams('local')).length;
    const job = await run({ transcriptAssetId: asset.id });
    expect(job.state).toBe('failed');
    expect(job.error).toMatchObject({ code: 'bad_input', step: 'analyze' });
    expect(job.error!.message).toMatch(/Japanese/);
    expect((await createVocabularyStore(testRuntime.runtime.database!).listStreams('local')).length).toBe(before);
  }, 60_000);
});
