import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../store/database.ts';
import { temporaryDataDir } from '../../../store/testing/temporary-data-dir.ts';
import { entriesForExport } from '../exports/vocabulary-export.ts';
import { createVocabularyStore, type VocabularyStore } from '../store/vocabulary-store.ts';
import { startNotionStandIn } from '../testing/notion-stand-in.ts';
import { insertJob, sampleAnalysis } from '../testing/sample-analysis.ts';
import { syncToNotion } from './sync-to-notion.ts';

const token = 'secret_test_token';
const databaseId = 'db0123456789';
let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
let database: Database;
let store: VocabularyStore;
let notion: Awaited<ReturnType<typeof startNotionStandIn>>;

beforeAll(async () => {
  folder = await temporaryDataDir();
  database = await openDatabase({ dataDir: folder.dataDir });
  store = createVocabularyStore(database);
  await insertJob(database, 'learner', 'job-1');
  await store.saveStream('learner', { jobId: 'job-1', source: {}, format: 'vtt', origin: 'transcript', transcriptAssetId: null, recordingAssetId: null, cueCount: 3, analysis: sampleAnalysis() });
  notion = await startNotionStandIn({ token, databaseId });
}, 60_000);
afterAll(async () => {
  await notion?.close();
  await database?.close();
  await folder?.remove();
});

const settings = (overrides = {}) => ({ token, databaseId, baseUrl: notion.baseUrl, ...overrides });

describe('Notion sync (against a local stand-in of the Notion API, version 2022-06-28)', () => {
  it('makes the columns, upserts by title, resumes after a failure halfway, and keeps to 3 requests a second', async () => {
    const entries = await entriesForExport(store, 'learner', {});
    notion.state.failCreateAfter = 1;
    await expect(syncToNotion(store, 'learner', entries, settings(), () => {})).rejects.toThrow(/Notion answered 503/);
    expect(Object.keys(notion.database.properties).sort()).toEqual(['Context', 'Difficulty', 'English', 'Japanese', 'Source', 'Tags', 'Timestamp']);
    expect(notion.pages).toHaveLength(1);
    expect((await store.syncedIds('learner', 'notion')).size).toBe(1);

    notion.state.failCreateAfter = Infinity;
    notion.requests.length = 0;
    expect(await syncToNotion(store, 'learner', entries, settings(), () => {})).toEqual({ created: 2, existing: 0, skipped: 1 });
    expect(notion.pages).toHaveLength(3);
    const yabai = notion.pages.find((page) => page.properties.Japanese.title[0].text.content === 'やばい')!;
    expect(yabai.properties).toMatchObject({
      English: { rich_text: [{ text: { content: 'crazy; awesome; dangerous' } }] }, Difficulty: { number: 2 },
      Timestamp: { rich_text: [{ text: { content: '1:01' } }] }, Source: { url: expect.stringContaining('t=61s') },
    });
    const strong = notion.pages.find((page) => page.properties.Japanese.title[0].text.content === 'つよすぎ')!;
    expect(strong.properties.English.rich_text[0].text.content).toMatch(/JMdict, CC BY-SA 4\.0/);
    const times = notion.requests.map((request) => request.at);
    // Notion's limit is an average of three a second. The stand-in sees when a request arrives, which a busy machine
    // delays by more than a gap (one CI run saw four arrive within 709 ms while they were started 333 ms apart), so
    // the run's average is checked: without the spacing it is a few milliseconds.
    expect(times.length).toBeGreaterThanOrEqual(6);
    expect((times.at(-1)! - times[0]) / (times.length - 1)).toBeGreaterThanOrEqual(300);

    // Synced again: every page is updated in place, none is created.
    expect(await syncToNotion(store, 'learner', entries, settings(), () => {})).toEqual({ created: 0, existing: 0, skipped: 3 });
    expect(notion.pages).toHaveLength(3);
  }, 60_000);

  it('finds a page made by hand by its title instead of making a second one', async () => {
    await database.query(`DELETE FROM vocabulary_sync_records`);
    const entries = await entriesForExport(store, 'learner', {});
    expect(await syncToNotion(store, 'learner', entries, settings({ perSecond: 50 }), () => {})).toEqual({ created: 0, existing: 3, skipped: 0 });
    expect(notion.pages).toHaveLength(3);
  }, 30_000);

  it('waits as Retry-After asks when rate limited', async () => {
    notion.state.rateLimitNext = 1;
    notion.requests.length = 0;
    await syncToNotion(store, 'learner', [], settings({ perSecond: 50 }), () => {});
    const [limited, retried] = notion.requests;
    expect(retried.at - limited.at).toBeGreaterThanOrEqual(950);
  }, 30_000);

  it('names the database when the token is refused or the database is not shared', async () => {
    await expect(syncToNotion(store, 'learner', [], settings({ token: 'wrong' }), () => {})).rejects.toThrow(/refused the token \(401\) for the database db0123456789/);
    await expect(syncToNotion(store, 'learner', [], settings({ databaseId: 'not-shared' }), () => {})).rejects.toThrow(/cannot reach the database not-shared \(404\).*add your integration/);
  });

  it('stops when the job is cancelled mid-sync, and the next sync goes on where it stopped', async () => {
    await database.query(`DELETE FROM vocabulary_sync_records`);
    notion.pages.length = 0;
    const entries = await entriesForExport(store, 'learner', {});
    const cancel = new AbortController();
    const reason = new Error('the job was cancelled');
    // Cancel as the first page is made, before the sync has recorded it.
    const cancelAfterFirstPage: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && String(input).endsWith('/v1/pages')) cancel.abort(reason);
      return response;
    };
    let progressed = 0;
    await expect(syncToNotion(store, 'learner', entries, settings({ perSecond: 50, fetch: cancelAfterFirstPage, signal: cancel.signal }), () => (progressed += 1))).rejects.toBe(reason);
    expect(progressed).toBe(0);
    expect(notion.pages).toHaveLength(1);
    expect((await store.syncedIds('learner', 'notion')).size).toBe(0);

    // The page made before the cancel is found by its title, not made twice.
    expect(await syncToNotion(store, 'learner', entries, settings({ perSecond: 50 }), () => {})).toEqual({ created: 2, existing: 1, skipped: 0 });
    expect(notion.pages).toHaveLength(3);
  }, 30_000);
});
