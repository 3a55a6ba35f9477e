import type { PgBoss } from 'pg-boss';
import type { Database } from '../store/database.ts';
import { jobQueueName } from './job-message.ts';

/** The part of the job queue recovery uses (queue.ts's JobQueue, which calls this at its start). */
interface RecoveringQueue {
  readonly boss: PgBoss;
  send(jobId: string, ownerId: string): Promise<void>;
}

// Recovery looks at no more than this many unfinished jobs per start; the rest wait for the next.
const recoveryBatch = 500;

/**
 * Puts unfinished jobs that nothing will run back in the queue, at startup.
 *
 * - A job recorded but never queued (the process died between the two) is queued now. On Postgres
 *   only jobs older than a minute are touched, so a create in progress elsewhere is not raced.
 * - On PGlite this process is the only one that can hold jobs, so a job pg-boss still marks active
 *   lost its worker when the process died: it is failed at once into pg-boss's retry, instead of
 *   waiting out the heartbeat. On Postgres, other processes' heartbeats decide that.
 */
export async function recoverAbandonedJobs(options: { database: Database; queue: RecoveringQueue }) {
  const { database, queue } = options;
  const onlyProcess = database.kind === 'pglite';
  const rows = await database.query<{ id: string; owner_id: string; state: string }>(
    onlyProcess
      ? `SELECT id, owner_id, state FROM jobs WHERE state IN ('queued', 'running') ORDER BY created_at LIMIT ${recoveryBatch}`
      : `SELECT id, owner_id, state FROM jobs WHERE state = 'queued' AND created_at < now() - interval '1 minute'
         ORDER BY created_at LIMIT ${recoveryBatch}`,
  );
  const requeued: string[] = [];
  const resent: string[] = [];
  for (const row of rows) {
    const message = await queue.boss.getJobById(jobQueueName, row.id);
    if (!message) {
      await queue.send(row.id, row.owner_id);
      resent.push(row.id);
    } else if (onlyProcess && message.state === 'active') {
      await queue.boss.fail(jobQueueName, row.id, { message: 'Kiln stopped while the job was running.' });
      requeued.push(row.id);
    }
  }
  if (onlyProcess) {
    await database.query(`UPDATE job_steps SET state = 'pending', progress = 0
      WHERE state = 'running' AND job_id IN (SELECT id FROM jobs WHERE state = 'running')`);
    await database.query(`UPDATE jobs SET state = 'queued', updated_at = now() WHERE state = 'running'`);
  }
  return { requeued, resent };
}
