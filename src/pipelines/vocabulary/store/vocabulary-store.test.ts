import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../store/database.ts';
import { temporaryDataDir } from '../../../store/testing/temporary-data-dir.ts';
import { insertJob, sampleAnalysis } from '../testing/sample-analysis.ts';
import { createVocabularyStore, type VocabularyStore } from './vocabulary-store.ts';

let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
let database: Database;
let store: VocabularyStore;
const source = { url: 'https://www.youtube.com/watch?v=abc123XYZ_0', platform: 'youtube' as const, videoId: 'abc123XYZ_0', title: 'Boss rush' };

async function save(ownerId: string, jobId: string) {
  await insertJob(database, ownerId, jobId);
  return store.saveStream(ownerId, {
    jobId, source, format: 'vtt', origin: 'transcript', transcriptAssetId: null, recordingAssetId: null, cueCount: 3, analysis: sampleAnalysis(),
  });
}

beforeAll(async () => {
  folder = await temporaryDataDir();
  database = await openDatabase({ dataDir: folder.dataDir });
  store = createVocabularyStore(database);
}, 60_000);
afterAll(async () => {
  await database?.close();
  await folder?.remove();
});

describe('vocabulary store', () => {
  it('saves a stream once per job and merges expressions across streams', async () => {
    const first = await save('learner-1', 'job-1');
    expect(first.created).toBe(true);
    expect(await save('learner-1', 'job-1').catch(() => 'duplicate job row')).toBe('duplicate job row');
    const again = await store.saveStream('learner-1', {
      jobId: 'job-1', source, format: 'vtt', origin: 'transcript', transcriptAssetId: null, recordingAssetId: null, cueCount: 3, analysis: sampleAnalysis(),
    });
    expect(again).toEqual({ streamId: first.streamId, created: false });
    await save('learner-1', 'job-2');
    const { entries, total } = await store.query('learner-1', {});
    expect(total).toBe(3);
    // やばい and 草 tie on count and first heard (5 s): their form decides, the same on every run.
    expect(entries.map((entry) => [entry.expression, entry.totalCount])).toEqual([['やばい', 4], ['草', 4], ['つよすぎ', 2]]);
    expect((await store.query('learner-1', { sort: 'first_seen' })).entries.map((entry) => entry.expression)).toEqual(['やばい', '草', 'つよすぎ']);
    expect(await store.query('learner-2', {})).toEqual({ entries: [], total: 0 });
  });

  it('searches by kanji, kana, romaji and English, and filters by kind and difficulty', async () => {
    const expressions = async (filter: Parameters<VocabularyStore['query']>[1]) => (await store.query('learner-1', filter)).entries.map((entry) => entry.expression);
    expect(await expressions({ q: '草' })).toEqual(['草']);
    expect(await expressions({ q: 'クサ' })).toEqual(['草']);
    expect(await expressions({ q: 'tsuyo' })).toEqual(['つよすぎ']);
    expect(await expressions({ q: 'awesome' })).toEqual(['やばい']);
    expect(await expressions({ kind: 'grammar_pattern' })).toEqual(['つよすぎ']);
    expect(await expressions({ difficulty: 3 })).toEqual(['草']);
    expect(await expressions({ q: '100%' })).toEqual([]);
  });

  it('hides known words, scores comprehension and prefers i+1 example sentences', async () => {
    const [stream] = await store.listStreams('learner-1');
    expect(stream.comprehension).toBe(0.75);
    const before = (await store.query('learner-1', { q: 'やばい' })).entries[0].example;
    expect(before).toMatchObject({ sentence: 'これはやばいね', start: 61, iPlusOne: true });
    const kusa = (await store.query('learner-1', { q: '草' })).entries[0];
    expect(kusa.example).toMatchObject({ sentence: 'やばい、この草すぎる', iPlusOne: false });

    expect(await store.importKnownWords('learner-1', ['やばい', '猫'], 'list')).toEqual({ words: 2, added: 2, markedKnown: 1 });
    expect((await store.query('learner-1', {})).entries.map((entry) => entry.expression)).toEqual(['草', 'つよすぎ']);
    expect((await store.query('learner-1', { status: 'known' })).entries.map((entry) => entry.expression)).toEqual(['やばい']);
    expect((await store.getStream('learner-1', stream.id)).comprehension).toBe(0.85);
    // With やばい known, the first sentence now holds one unknown word for 草.
    expect((await store.query('learner-1', { q: '草' })).entries[0].example).toMatchObject({ sentence: 'やばい、この草すぎる', start: 5, iPlusOne: true });

    const saved = await save('learner-1', 'job-3');
    expect(saved.created).toBe(true);
    expect((await store.query('learner-1', { q: 'やばい', status: 'all' })).entries[0].status).toBe('known');
  });

  it('marks a status and refuses another learner\'s expression', async () => {
    const [entry] = (await store.query('learner-1', {})).entries;
    await store.setStatus('learner-1', entry.id, 'learning');
    expect((await store.query('learner-1', { status: 'learning' })).entries.map((row) => row.id)).toEqual([entry.id]);
    await expect(store.setStatus('learner-2', entry.id, 'known')).rejects.toThrow(/not found|No such|expression/i);
  });
});
