import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SqlSession } from './sql-session.ts';

/** The committed migrations of this package, applied in file-name order. */
export const migrationsDirectory = fileURLToPath(new URL('./migrations/', import.meta.url));

const migrationFileName = /^\d{4}_[a-z0-9_]+\.sql$/;

// Any constant works; it only has to be the same in every process that migrates this database.
const migrationLockKey = 4_204_118_001;

/**
 * Applies the SQL files not yet recorded in `kiln_migrations`, all in one transaction. The
 * transaction first takes an advisory lock, so when several processes start at once on one
 * Postgres, the others wait, then find everything applied and do nothing.
 * Returns the names it applied.
 */
export async function applyMigrations(
  transaction: <T>(work: (session: SqlSession) => Promise<T>) => Promise<T>,
  directory = migrationsDirectory,
): Promise<string[]> {
  const files = (await readdir(directory)).filter((name) => migrationFileName.test(name)).sort();
  const sources = await Promise.all(files.map(async (name) => ({ name, sql: await readFile(`${directory}/${name}`, 'utf8') })));
  return transaction(async (session) => {
    await session.query('SELECT pg_advisory_xact_lock($1)', [migrationLockKey]);
    await session.exec(
      'CREATE TABLE IF NOT EXISTS kiln_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const rows = await session.query<{ name: string }>('SELECT name FROM kiln_migrations');
    const applied = new Set(rows.map((row) => row.name));
    const pending = sources.filter((source) => !applied.has(source.name));
    for (const migration of pending) {
      await session.exec(migration.sql);
      await session.query('INSERT INTO kiln_migrations (name) VALUES ($1)', [migration.name]);
    }
    return pending.map((migration) => migration.name);
  });
}
