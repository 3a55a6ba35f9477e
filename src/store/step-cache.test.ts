import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../engine/run-pipeline.ts';
import { diagnosticPipeline } from '../pipelines/diagnostic/diagnostic-pipeline.ts';
import type { AssetStore } from '../runtime/contracts.ts';
import { createAssetStore } from './asset-store.ts';
import { openDatabase, type Database } from './database.ts';
import { createStepCache } from './step-cache.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

describe('createStepCache', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let database: Database;
  let assets: AssetStore;

  beforeAll(async () => {
    folder = await temporaryDataDir();
    database = await openDatabase({ dataDir: folder.dataDir });
    assets = await createAssetStore({ database, dataDir: folder.dataDir });
  });
  afterAll(async () => {
    await database.close();
    await folder.remove();
  });

  const putAsset = async (ownerId: string, text: string) =>
    (await assets.put({ ownerId, data: new TextEncoder().encode(text), mediaType: 'text/plain', name: 'note.txt' })).id;

  it('answers undefined for an unknown key and the stored entry for a known one', async () => {
    const cache = createStepCache(database);
    const assetId = await putAsset('alice', 'moon');
    expect(await cache.get('missing')).toBeUndefined();
    await cache.set('key-1', { ownerId: 'alice', stepId: 'story.write', output: { title: 'Moon', pages: [1, 2] }, assetIds: [assetId] });
    expect(await cache.get('key-1')).toEqual({ output: { title: 'Moon', pages: [1, 2] }, assetIds: [assetId] });
  });

  it('is shared by every cache on the same database and survives a rewrite of the key', async () => {
    const assetId = await putAsset('alice', 'second');
    await createStepCache(database).set('key-2', { ownerId: 'alice', stepId: 's', output: 'first', assetIds: [] });
    await createStepCache(database).set('key-2', { ownerId: 'alice', stepId: 's', output: 'second', assetIds: [assetId] });
    expect(await createStepCache(database).get('key-2')).toEqual({ output: 'second', assetIds: [assetId] });
  });

  it('keeps an absent output as SQL NULL and a text output as one JSON string', async () => {
    const cache = createStepCache(database);
    await cache.set('key-null', { ownerId: 'alice', stepId: 's', output: undefined, assetIds: [] });
    await cache.set('key-text', { ownerId: 'alice', stepId: 's', output: '{"not":"an object"}', assetIds: [] });
    expect(await cache.get('key-null')).toEqual({ output: null, assetIds: [] });
    expect(await cache.get('key-text')).toEqual({ output: '{"not":"an object"}', assetIds: [] });
    expect(await database.query(`SELECT key, output IS NULL AS missing, jsonb_typeof(output) AS type FROM step_cache WHERE key IN ('key-null', 'key-text') ORDER BY key`))
      .toEqual([{ key: 'key-null', missing: true, type: null }, { key: 'key-text', missing: false, type: 'string' }]);
  });

  it('misses, and forgets the entry, once an asset it recorded or its output names is deleted', async () => {
    const cache = createStepCache(database);
    const recorded = await putAsset('alice', 'recorded');
    const named = await putAsset('alice', 'named');
    await cache.set('key-3', { ownerId: 'alice', stepId: 's', output: { n: 1 }, assetIds: [recorded] });
    await cache.set('key-4', { ownerId: 'alice', stepId: 's', output: { videoAssetId: named }, assetIds: [] });
    await assets.delete('alice', recorded);
    await assets.delete('alice', named);
    expect(await cache.get('key-3')).toBeUndefined();
    expect(await cache.get('key-4')).toBeUndefined();
    const [{ left }] = await database.query<{ left: number }>(`SELECT count(*)::int AS left FROM step_cache WHERE key IN ('key-3', 'key-4')`);
    expect(left).toBe(0);
  });

  it("misses when an output names another user's asset", async () => {
    const theirs = await putAsset('mallory', 'theirs');
    await createStepCache(database).set('key-5', { ownerId: 'alice', stepId: 's', output: { imageAssetIds: [theirs] }, assetIds: [] });
    expect(await createStepCache(database).get('key-5')).toBeUndefined();
  });

  it('a re-run after the user deleted an asset redoes the step that made it and answers ids that exist', async () => {
    const cache = createStepCache(database);
    const run = (jobId: string) =>
      runPipeline(diagnosticPipeline, { jobId, ownerId: 'bob', input: { steps: 2, label: 'receipts' }, cache, services: { assets }, signal: new AbortController().signal });
    // Receipts name their job, and assets may only name jobs that exist.
    for (const jobId of ['job-1', 'job-2']) {
      await database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ($1, 'bob', 'diagnostic', 'running', '{}')`, [jobId]);
    }
    const first = await run('job-1');
    const firstReceipt = (first.nodes['wait-1'].output as { receiptAssetId: string }).receiptAssetId;
    await assets.delete('bob', firstReceipt);

    const second = await run('job-2');
    expect(second.nodes['wait-1'].cached).toBe(false);
    expect(second.nodes['wait-2'].cached).toBe(true);
    const receipt = (second.nodes['wait-1'].output as { receiptAssetId: string }).receiptAssetId;
    expect(receipt).not.toBe(firstReceipt);
    await expect(assets.get('bob', receipt)).resolves.toMatchObject({ id: receipt });
  });
});
