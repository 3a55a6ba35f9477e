import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.ts';
import { createStepCache } from './step-cache.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

describe('createStepCache', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let database: Database;

  beforeAll(async () => {
    folder = await temporaryDataDir();
    database = await openDatabase({ dataDir: folder.dataDir });
  });
  afterAll(async () => {
    await database.close();
    await folder.remove();
  });

  it('answers undefined for an unknown key and the stored entry for a known one', async () => {
    const cache = createStepCache(database);
    expect(await cache.get('missing')).toBeUndefined();
    await cache.set('key-1', { ownerId: 'alice', stepId: 'story.write', output: { title: 'Moon', pages: [1, 2] }, assetIds: ['a1'] });
    expect(await cache.get('key-1')).toEqual({ output: { title: 'Moon', pages: [1, 2] }, assetIds: ['a1'] });
  });

  it('is shared by every cache on the same database and survives a rewrite of the key', async () => {
    await createStepCache(database).set('key-2', { ownerId: 'alice', stepId: 's', output: 'first', assetIds: [] });
    await createStepCache(database).set('key-2', { ownerId: 'alice', stepId: 's', output: 'second', assetIds: ['b'] });
    expect(await createStepCache(database).get('key-2')).toEqual({ output: 'second', assetIds: ['b'] });
  });
});
