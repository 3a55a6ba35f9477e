import { ConflictError, KilnError, NotFoundError } from '../../engine/errors/index.ts';
import { withOwner } from '../../store/with-owner.ts';
import type { KilnRuntime } from '../../runtime/contracts.ts';

/**
 * Deletes one of the owner's finished jobs, the files it made, and the story it saved (whose pictures
 * and narration are those files). A file that another job or story still names is kept: the step
 * cache hands one job's pictures to the next, so "made by" is not "used only by". A vocabulary
 * stream made by the job stays: it is the learner's word list, not a file the job produced.
 * Answers how many files went.
 */
export async function deleteJob(runtime: KilnRuntime, ownerId: string, jobId: string): Promise<{ deletedAssets: number }> {
  const database = runtime.database;
  if (!database) throw new KilnError('internal', 'This server has no database to delete jobs from.');
  // Read from the database, not the job service's short-lived cache: this decides what is deleted.
  const [job] = await database.query<{ state: string }>('SELECT state FROM jobs WHERE id = $1 AND owner_id = $2', [jobId, ownerId]);
  if (!job) throw new NotFoundError(`Job ${jobId}`);
  if (job.state === 'queued' || job.state === 'running') {
    throw new ConflictError(`Job ${jobId} is still ${job.state}; cancel it first, then delete it.`);
  }

  const made = await runtime.assets.list(ownerId, { jobId, limit: 1000 });
  const stillNamed = made.length === 0 ? [] : await database.query<{ id: string }>(
    `SELECT candidate.id FROM unnest($2::text[]) AS candidate(id)
     WHERE EXISTS (SELECT 1 FROM jobs WHERE owner_id = $1 AND id <> $3
                   AND (strpos(coalesce(output::text, ''), candidate.id) > 0 OR strpos(input::text, candidate.id) > 0))
        OR EXISTS (SELECT 1 FROM stories WHERE owner_id = $1 AND job_id IS DISTINCT FROM $3
                   AND (strpos(asset_ids::text, candidate.id) > 0 OR strpos(content::text, candidate.id) > 0))`,
    [ownerId, made.map((asset) => asset.id), jobId],
  );
  const kept = new Set(stillNamed.map((row) => row.id));

  await withOwner(database, ownerId, async (session) => {
    await session.query('DELETE FROM stories WHERE job_id = $1 AND owner_id = $2', [jobId, ownerId]);
    await session.query('DELETE FROM jobs WHERE id = $1 AND owner_id = $2', [jobId, ownerId]);
  });
  runtime.jobs.forget(jobId);
  // After the rows: a failure here leaves unnamed files behind, never a job whose files are gone.
  const doomed = made.filter((asset) => !kept.has(asset.id));
  for (const asset of doomed) await runtime.assets.delete(ownerId, asset.id).catch(() => undefined);
  return { deletedAssets: doomed.length };
}
