import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, migrationsDirectory } from './apply-migrations.ts';
import { openDatabase, type Database } from './database.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

// Every committed migration, in the order the migrator applies them.
const migrationFiles = readdirSync(migrationsDirectory).filter((name) => name.endsWith('.sql')).sort();

describe('openDatabase on PGlite', () => {
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

  it('starts Postgres with 16 MB of shared buffers, on its thread and on the calling thread (128 MB cost ~165 MB of memory at open)', async () => {
    expect(await database.query('SHOW shared_buffers')).toEqual([{ shared_buffers: '16MB' }]);
    const here = await temporaryDataDir();
    const unthreaded = await openDatabase({ dataDir: here.dataDir, pgliteThread: false });
    try {
      expect(await unthreaded.query('SHOW shared_buffers')).toEqual([{ shared_buffers: '16MB' }]);
    } finally {
      await unthreaded.close();
      await here.remove();
    }
  });

  it('applies the migrations once; applying them again changes nothing', async () => {
    expect(await database.query('SELECT name FROM kiln_migrations ORDER BY name')).toEqual(migrationFiles.map((name) => ({ name })));
    await database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ('j1', 'u1', 'p', 'queued', '{}')`);
    expect(await applyMigrations((work) => database.transaction(work))).toEqual([]);
    expect(await database.query('SELECT id FROM jobs')).toEqual([{ id: 'j1' }]);
  });

  it('keeps its data in <dataDir>/db across a close and reopen', async () => {
    await database.close();
    database = await openDatabase({ dataDir: folder.dataDir });
    expect(await database.query('SELECT id FROM jobs')).toEqual([{ id: 'j1' }]);
    expect(await database.query('SELECT count(*)::int AS count FROM kiln_migrations')).toEqual([{ count: migrationFiles.length }]);
  });

  it('names the statement that failed in its error, without the parameters, and keeps the error\'s code', async () => {
    const insert = `INSERT INTO jobs (id, owner_id, pipeline, state, input)
                    VALUES ($1, 'u1', 'p', 'queued', '{}')`;
    await database.query(insert, ['twice-inserted']);
    const failing = database.query(insert, ['twice-inserted']);
    await expect(failing).rejects.toMatchObject({ code: '23505', message: expect.stringMatching(/duplicate key.*\(statement: INSERT INTO jobs \(id, owner_id, pipeline, state, input\) VALUES \(\$1,/) });
    await expect(failing).rejects.not.toThrow(/twice-inserted/);
    const inTransaction = database.transaction((session) => session.query('SELECT missing_column FROM jobs WHERE id = $1', ['secret']));
    await expect(inTransaction).rejects.toThrow(/missing_column.*\(statement: SELECT missing_column FROM jobs WHERE id = \$1\)$/);
  });

  it('rolls a failed transaction back', async () => {
    await expect(
      database.transaction(async (session) => {
        await session.query(`INSERT INTO users (id, name) VALUES ('u-rolled-back', 'x')`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await database.query(`SELECT id FROM users WHERE id = 'u-rolled-back'`)).toEqual([]);
  });

  it('delivers notifications to listeners until they unlisten', async () => {
    const heard: string[] = [];
    const unlisten = await database.listen('kiln_test_channel', (payload) => heard.push(payload));
    await database.notify('kiln_test_channel', 'first');
    await expect.poll(() => heard).toEqual(['first']);
    await unlisten();
    await database.notify('kiln_test_channel', 'second');
    await database.query('SELECT 1');
    expect(heard).toEqual(['first']);
  });

  it('refuses channel names that would need quoting', async () => {
    await expect(database.listen('bad; DROP TABLE jobs', () => {})).rejects.toThrow(/Channel name/);
  });
});

describe('openDatabase on PGlite, twice at once', () => {
  it('refuses a second open of the same folder until the first is closed', async () => {
    const folder = await temporaryDataDir();
    const first = await openDatabase({ dataDir: folder.dataDir });
    try {
      await expect(openDatabase({ dataDir: folder.dataDir })).rejects.toThrow(/in use by process \d+; the embedded database allows one process/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir: folder.dataDir });
    await again.close();
    await folder.remove();
  });
});
