import type { Database } from '../store/database.ts';
import { jobQueueName } from './job-message.ts';

// pg-boss's default schema; every queue's jobs are reachable through its root `job` table.
const jobTable = 'pgboss.job';

/**
 * The pg-boss priority that makes users take turns. Workers take the highest priority first, then
 * the oldest; a job gets minus the number of its owner's jobs already waiting or running, so a user
 * with nothing outstanding goes ahead of another user's backlog, and the backlog then interleaves
 * one job per user. It never rises above the owner's lowest waiting job, so each user's own jobs
 * still run in the order they were sent.
 */
export async function fairPriority(database: Database, ownerId: string): Promise<number> {
  // Waiting and running jobs are counted apart so each count reads one of pg-boss's partial indexes
  // (waiting: job_i11, running: job_i7) instead of the queue's whole history.
  const [row] = await database.query<{ outstanding: number; lowest: number | null }>(
    `WITH waiting AS (
       SELECT count(*)::int AS count, min(priority) AS lowest FROM ${jobTable}
       WHERE name = $1 AND state < 'active' AND NOT blocked AND group_id = $2
     )
     SELECT waiting.count + (SELECT count(*)::int FROM ${jobTable} WHERE name = $1 AND state = 'active' AND group_id = $2) AS outstanding,
            waiting.lowest
     FROM waiting`,
    [jobQueueName, ownerId],
  );
  return Math.min(-row.outstanding, row.lowest ?? 0);
}

/**
 * Where each waiting job stands in line, 1 being the next a free worker takes: jobs ahead of it by
 * the workers' own order (priority, then age). A per-user limit can let a later job start first;
 * the place is what the queue's order says now, not a promise.
 */
export async function queuePositions(database: Database, jobIds: string[]): Promise<Map<string, number>> {
  if (jobIds.length === 0) return new Map();
  const rows = await database.query<{ id: string; position: number }>(
    `SELECT mine.id, (SELECT count(*)::int FROM ${jobTable} ahead
                      WHERE ahead.name = $1 AND ahead.state < 'active' AND NOT ahead.blocked
                        AND (ahead.priority > mine.priority
                             OR (ahead.priority = mine.priority AND ahead.created_on < mine.created_on))) + 1 AS position
     FROM ${jobTable} mine
     WHERE mine.name = $1 AND mine.state < 'active' AND mine.id = ANY($2::uuid[])`,
    [jobQueueName, jobIds],
  );
  return new Map(rows.map((row) => [row.id, row.position]));
}
