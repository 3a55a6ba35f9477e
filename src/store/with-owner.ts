import type { Database, SqlSession } from './database.ts';

/**
 * Runs queries as one user: a transaction that first sets `kiln.user_id` (local to the transaction),
 * which the row-level security policies of migration 0002 read. Every query also filters by owner
 * itself, so the rule holds when the database role bypasses RLS (the tables' owner, PGlite).
 */
export function withOwner<T>(database: Database, ownerId: string, work: (session: SqlSession) => Promise<T>): Promise<T> {
  return database.transaction(async (session) => {
    await session.query(`SELECT set_config('kiln.user_id', $1, true)`, [ownerId]);
    return work(session);
  });
}
