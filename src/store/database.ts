import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { applyMigrations } from './apply-migrations.ts';
import { lockDataDirectory } from './lock-data-directory.ts';
import { nameFailedStatement } from './name-failed-statement.ts';
import { pgliteStartParams } from './pglite-start-params.ts';
import { copyPgliteTemplate } from './pglite-template.ts';
import { openPgliteThread, type PgliteThread } from './pglite-thread.ts';
import { makeTreePrivate } from './protect-data-directory.ts';
import { assertChannelName, createPostgresListener } from './postgres-listener.ts';
import type { SqlSession } from './sql-session.ts';
import { yieldBetweenQueries } from './yield-between-queries.ts';

// In its own file so that the migrations, which this file runs, need nothing from here.
export type { SqlSession } from './sql-session.ts';

export interface Database extends SqlSession {
  /** `pglite`: embedded, one process. `postgres`: a server that several machines share. */
  kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Calls `handler` with each NOTIFY payload on `channel`; returns the function that stops it. */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  /** What the queue needs to reach the same database. */
  connection: { kind: 'pglite'; client: PgliteThread } | { kind: 'postgres'; url: string };
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** `postgres://…` to use a Postgres server; absent for the embedded PGlite database. */
  databaseUrl?: string;
  /** Kiln's data folder; PGlite keeps its files in `<dataDir>/db`. */
  dataDir: string;
  /** Connections in the Postgres pool. Default 10. */
  poolSize?: number;
  /** Where errors of background connections go (the LISTEN connection). Default: console.error. */
  onError?: (error: Error) => void;
  /**
   * Runs PGlite on a worker thread of its own (see pglite-thread.ts), so its statements never hold
   * the event loop. Default true (`KILN_PGLITE_THREAD=0` makes it false); false runs it on the calling thread.
   */
  pgliteThread?: boolean;
  /**
   * Where a new PGlite folder's initialised template is kept (see pglite-template.ts); default
   * node_modules/.cache/kiln-pglite-template. False initialises every new folder with PGlite's initdb.
   */
  pgliteTemplates?: string | false;
}

/** Opens the database named by the options and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const database = options.databaseUrl
    ? openPostgres(options.databaseUrl, options)
    : await openPglite(join(options.dataDir, 'db'), options.pgliteThread ?? process.env.KILN_PGLITE_THREAD !== '0', options.pgliteTemplates);
  try {
    await applyMigrations((work) => database.transaction(work));
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

async function openPglite(directory: string, threaded: boolean, templates: string | false | undefined): Promise<Database> {
  await mkdir(directory, { recursive: true });
  const unlock = await lockDataDirectory(directory);
  const open = (folder: string) => threaded
    ? openPgliteThread(folder)
    : PGlite.create(folder, { startParams: pgliteStartParams() }).then((client) => yieldBetweenQueries(client) as unknown as PgliteThread);
  const opening = (async () => {
    // Only a new, empty folder is filled, and only once this process holds its lock.
    if (templates !== false) {
      await copyPgliteTemplate(directory, {
        folder: templates, startParams: pgliteStartParams(), initialise: async (folder) => (await open(folder)).close(),
      });
    }
    return open(directory);
  })();
  const client = await opening.catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  await makeTreePrivate(directory);
  const session = (target: Pick<PgliteThread, 'query' | 'exec'>): SqlSession => ({
    query: <Row,>(sql: string, params?: unknown[]) => nameFailedStatement(sql, async () => (await target.query<Row>(sql, params)).rows),
    exec: (sql: string) => nameFailedStatement(sql, async () => void (await target.exec(sql))),
  });
  return {
    kind: 'pglite',
    ...session(client),
    transaction: (work) => client.transaction((transaction) => work(session(transaction))),
    async listen(channel, handler) {
      assertChannelName(channel);
      const unlisten = await client.listen(channel, handler);
      return async () => unlisten();
    },
    async notify(channel, payload) {
      await client.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    connection: { kind: 'pglite', client },
    async close() {
      if (!client.closed) await client.close();
      await unlock();
    },
  };
}

function openPostgres(url: string, options: OpenDatabaseOptions): Database {
  const onError = options.onError ?? ((error: Error) => console.error('kiln database:', error.message));
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, application_name: 'kiln' });
  // An idle client that loses its server emits here; without a listener that would end the process.
  pool.on('error', onError);
  const listener = createPostgresListener(url, onError);
  let closing: Promise<void> | undefined;
  const session = (target: pg.Pool | pg.PoolClient): SqlSession => ({
    query: <Row,>(sql: string, params?: unknown[]) => nameFailedStatement(sql, async () => (await target.query(sql, params)).rows as Row[]),
    exec: (sql: string) => nameFailedStatement(sql, async () => void (await target.query(sql))),
  });
  return {
    kind: 'postgres',
    ...session(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(session(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    listen: (channel, handler) => listener.listen(channel, handler),
    async notify(channel, payload) {
      await pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
    },
    connection: { kind: 'postgres', url },
    close() {
      closing ??= listener.close().then(() => pool.end());
      return closing;
    },
  };
}
