import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeAssetStoreConformance } from './asset-store.conformance.ts';
import { createAssetStore } from './asset-store.ts';
import { contentPath } from './asset-contents.ts';
import { openDatabase } from './database.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

async function openLocalStore() {
  const folder = await temporaryDataDir();
  const database = await openDatabase({ dataDir: folder.dataDir });
  const store = await createAssetStore({ database, dataDir: folder.dataDir });
  const root = join(folder.dataDir, 'assets');
  return {
    store,
    database,
    root,
    hasContent: async (sha256: string) => existsSync(join(root, contentPath(sha256))),
    spoolFiles: () => readdir(join(root, 'tmp')),
    async close() {
      await database.close();
      await folder.remove();
    },
  };
}

describeAssetStoreConformance('createAssetStore on the local folder', openLocalStore);

describe('createAssetStore on the local folder, its layout', () => {
  it('keeps files in assets/ab/cd/<sha256> and hands tools that file itself', async () => {
    const local = await openLocalStore();
    try {
      const asset = await local.store.put({ ownerId: 'alice', data: new TextEncoder().encode('hello kiln'), mediaType: 'text/plain', name: 'hello.txt' });
      const hash = asset.sha256;
      const expected = join(local.root, hash.slice(0, 2), hash.slice(2, 4), hash);
      expect(await local.store.localFile(asset, '/nonexistent-job-folder')).toBe(expected);
      expect(await local.store.withLocalFile(asset, async (path) => path)).toBe(expected);
      expect(local.store.presignedUrl).toBeUndefined();
    } finally {
      await local.close();
    }
  });
});
