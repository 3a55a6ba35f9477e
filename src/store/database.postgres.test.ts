import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { migrationsDirectory } from './apply-migrations.ts';
import { createAssetStore } from './asset-store.ts';
import { openDatabase } from './database.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';
import { startTemporaryPostgres, type TemporaryPostgres } from './testing/temporary-postgres.ts';

// Every committed migration, in the order the migrator applies them.
const migrationFiles = readdirSync(migrationsDirectory).filter((name) => name.endsWith('.sql')).sort();

describe.skipIf(toolMissing('postgres'))('openDatabase on a real Postgres', () => {
  let postgres: TemporaryPostgres;
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;

  beforeAll(async () => {
    postgres = await startTemporaryPostgres();
    folder = await temporaryDataDir();
  });
  afterAll(async () => {
    await postgres?.stop();
    await folder?.remove();
  });

  it('migrates once when several processes open the database at the same moment', async () => {
    const databaseUrl = await postgres.createDatabase();
    const databases = await Promise.all([1, 2, 3, 4].map(() => openDatabase({ databaseUrl, dataDir: folder.dataDir })));
    try {
      expect(databases[0].kind).toBe('postgres');
      expect(await databases[0].query('SELECT name FROM kiln_migrations ORDER BY name')).toEqual(migrationFiles.map((name) => ({ name })));
    } finally {
      await Promise.all(databases.map((database) => database.close()));
    }
  });

  it('carries NOTIFY from one connection to a listener on another', async () => {
    const databaseUrl = await postgres.createDatabase();
    const [server, worker] = await Promise.all([1, 2].map(() => openDatabase({ databaseUrl, dataDir: folder.dataDir })));
    try {
      const heard: string[] = [];
      await server.listen('kiln_test_channel', (payload) => heard.push(payload));
      await worker.notify('kiln_test_channel', 'from the worker');
      await expect.poll(() => heard).toEqual(['from the worker']);
    } finally {
      await Promise.all([server.close(), worker.close()]);
    }
  });

  it('stores and deletes assets the same way as on PGlite', async () => {
    const database = await openDatabase({ databaseUrl: await postgres.createDatabase(), dataDir: folder.dataDir });
    try {
      const store = await createAssetStore({ database, dataDir: folder.dataDir });
      const asset = await store.put({ ownerId: 'alice', data: new TextEncoder().encode('on postgres'), mediaType: 'text/plain', name: 'p.txt' });
      expect(await store.get('alice', asset.id)).toEqual(asset);
      expect(asset.sizeBytes).toBe(11);
      await store.delete('alice', asset.id);
      expect(await store.list('alice')).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
