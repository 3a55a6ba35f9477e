import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findJobs } from '../jobs/job-records.ts';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { migrationsDirectory } from './apply-migrations.ts';
import { createAssetStore } from './asset-store.ts';
import { openDatabase } from './database.ts';
import { createStepCache } from './step-cache.ts';
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

  // node-postgres answers bigint as a string where PGlite answers a number; the records must not differ.
  it('reads jobs with their steps, the step cache and an owner\'s assets of one job with the types PGlite gives', async () => {
    const database = await openDatabase({ databaseUrl: await postgres.createDatabase(), dataDir: folder.dataDir });
    try {
      for (const [id, at] of [['job-a', '2026-01-02T03:04:05.678Z'], ['job-b', '2026-01-02T03:04:05.678Z'], ['job-c', '2026-01-03T00:00:00.000Z']]) {
        await database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input, created_at, updated_at) VALUES ($1, 'alice', 'p', 'queued', '{"n":1}', $2, $2)`, [id, at]);
      }
      await database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ('job-m', 'mallory', 'p', 'queued', '{}')`);
      await database.query(
        `INSERT INTO job_steps (job_id, name, step_id, position, state, started_at, served_by, progress) VALUES
         ('job-b', 'second', 's.two', 1, 'pending', NULL, '[]', 0), ('job-b', 'first', 's.one', 0, 'running', '2026-01-02T03:04:06Z', '["builtin:x"]', 0.5)`,
      );
      const jobs = await findJobs(database, 'alice');
      expect(jobs.map((job) => job.id)).toEqual(['job-c', 'job-b', 'job-a']);
      expect(jobs[1]).toMatchObject({ ownerId: 'alice', input: { n: 1 }, output: null, error: null, createdAt: '2026-01-02T03:04:05.678Z', startedAt: null });
      expect(jobs[1].steps).toEqual([
        expect.objectContaining({ name: 'first', stepId: 's.one', startedAt: '2026-01-02T03:04:06.000Z', servedBy: ['builtin:x'], passedOver: [], progress: 0.5, attempts: 0 }),
        expect.objectContaining({ name: 'second', state: 'pending', startedAt: null }),
      ]);
      const before = { createdAt: new Date('2026-01-02T03:04:05.678Z'), id: 'job-b' };
      expect((await findJobs(database, 'alice', { before })).map((job) => job.id)).toEqual(['job-a']);

      const cache = createStepCache(database);
      await cache.set('key', { ownerId: 'alice', stepId: 's', output: { title: 'Moon' }, assetIds: [] });
      await cache.set('key', { ownerId: 'alice', stepId: 's', output: 'again', assetIds: [] });
      expect(await cache.get('key')).toEqual({ output: 'again', assetIds: [] });

      const store = await createAssetStore({ database, dataDir: folder.dataDir });
      const asset = await store.put({ ownerId: 'alice', data: new TextEncoder().encode('of job b'), mediaType: 'text/plain', name: 'b.txt', jobId: 'job-b' });
      await store.put({ ownerId: 'alice', data: new TextEncoder().encode('no job'), mediaType: 'text/plain', name: 'n.txt' });
      expect(await store.list('alice', { jobId: 'job-b' })).toEqual([asset]);
      expect(asset).toMatchObject({ sizeBytes: 8, jobId: 'job-b', metadata: {} });
      expect(await store.list('mallory', { jobId: 'job-b' })).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
