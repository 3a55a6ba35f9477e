import type { ProgressEvent } from '../engine/progress-event.ts';
import type { SqlSession } from '../store/database.ts';

// Step events that arrive after their job ended (a cancel overtook them) leave the steps as the end left them.
const jobUnfinished = `EXISTS (SELECT 1 FROM jobs WHERE jobs.id = job_steps.job_id AND jobs.state IN ('queued', 'running'))`;

// Finished and skipped steps count as whole; the others by their own progress.
const recomputeJobProgress = `
  UPDATE jobs SET updated_at = now(), progress = coalesce((
    SELECT avg(CASE WHEN state IN ('succeeded', 'skipped') THEN 1 ELSE progress END)
    FROM job_steps WHERE job_id = $1), 0)
  WHERE id = $1 AND state = 'running'`;

/**
 * Writes what one progress event changes into `jobs` and `job_steps`. Job-level writes only move a
 * job forward from `queued`/`running`, so a late event can never revive a cancelled or finished job.
 * Returns true when the job row itself changed state (always false for step events).
 */
export async function persistProgressEvent(session: SqlSession, event: ProgressEvent): Promise<boolean> {
  const { jobId, at } = event;
  switch (event.type) {
    case 'job-start': {
      const rows = await session.query(
        `UPDATE jobs SET state = 'running', started_at = coalesce(started_at, $2), updated_at = now()
         WHERE id = $1 AND state IN ('queued', 'running') RETURNING id`,
        [jobId, at],
      );
      return rows.length > 0;
    }
    case 'step-start':
      await session.query(
        `UPDATE job_steps SET state = 'running', attempts = attempts + 1, started_at = $3, ended_at = NULL,
           duration_ms = NULL, progress = 0, message = NULL, error = NULL
         WHERE job_id = $1 AND name = $2 AND ${jobUnfinished}`,
        [jobId, event.step, at],
      );
      await session.query(recomputeJobProgress, [jobId]);
      return false;
    case 'step-progress':
      await session.query(
        `UPDATE job_steps SET progress = $3, message = coalesce($4, message)
         WHERE job_id = $1 AND name = $2 AND state = 'running' AND ${jobUnfinished}`,
        [jobId, event.step, Math.min(Math.max(event.fraction, 0), 1), event.message ?? null],
      );
      await session.query(recomputeJobProgress, [jobId]);
      return false;
    case 'step-end':
      await session.query(
        `UPDATE job_steps SET state = 'succeeded', cached = $3, duration_ms = $4::integer, ended_at = $5,
           started_at = coalesce(started_at, $5::timestamptz - $4::integer * interval '1 millisecond'),
           served_by = $6::jsonb, passed_over = $7::jsonb, progress = 1, error = NULL
         WHERE job_id = $1 AND name = $2 AND ${jobUnfinished}`,
        [jobId, event.step, event.cached, Math.round(event.durationMs), at, JSON.stringify(event.servedBy), JSON.stringify(event.passedOver ?? [])],
      );
      await session.query(recomputeJobProgress, [jobId]);
      return false;
    case 'job-end': {
      const rows = await session.query(
        `UPDATE jobs SET state = 'succeeded', output = $2::jsonb, progress = 1, error = NULL, ended_at = $3, updated_at = now()
         WHERE id = $1 AND state IN ('queued', 'running') RETURNING id`,
        [jobId, JSON.stringify(event.output ?? null), at],
      );
      return rows.length > 0;
    }
    case 'job-error':
      return persistJobError(session, event);
  }
}

// One statement, so nobody reads a failed job whose steps still say pending: the job row and its
// steps change together (data-modifying CTE: atomic without BEGIN/COMMIT, one round trip). The failing
// step carries the error; steps cut short by the job ending say so; the rest never ran.
const endJobWithError = `
  WITH ended AS (
    UPDATE jobs SET state = $2, error = $3::jsonb, ended_at = $4, updated_at = now()
    WHERE id = $1 AND state IN ('queued', 'running') RETURNING id
  ), steps AS (
    UPDATE job_steps SET
      state = CASE WHEN name = $5::text OR state = 'running' THEN 'failed' ELSE 'skipped' END,
      error = CASE WHEN name = $5::text THEN $6::jsonb WHEN state = 'running' THEN $7::jsonb ELSE error END,
      ended_at = CASE WHEN name = $5::text OR state = 'running' THEN $4 ELSE ended_at END
    WHERE job_id IN (SELECT id FROM ended) AND (name = $5::text OR state IN ('running', 'pending'))
  )
  SELECT id FROM ended`;

async function persistJobError(session: SqlSession, event: Extract<ProgressEvent, { type: 'job-error' }>): Promise<boolean> {
  const { jobId, at, code, message, step } = event;
  const state = code === 'cancelled' ? 'cancelled' : 'failed';
  const error = { code, message, ...(step === undefined ? {} : { step }) };
  const stoppedError = { code: 'cancelled', message: `Stopped because the job ${state === 'cancelled' ? 'was cancelled' : 'failed'}.` };
  const rows = await session.query(endJobWithError, [
    jobId, state, JSON.stringify(error), at, step ?? null, JSON.stringify({ code, message }), JSON.stringify(stoppedError),
  ]);
  return rows.length > 0;
}
