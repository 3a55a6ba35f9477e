import type { SQL } from 'drizzle-orm';
import { and, asc, desc, eq, inArray, lt, or } from '../store/drizzle-orm.ts';
import type { JobRecord, JobStepRecord } from '../runtime/contracts.ts';
import type { Database } from '../store/database.ts';
import { jobSteps, jobs } from '../store/schema.ts';

type JobRow = typeof jobs.$inferSelect;
type StepRow = typeof jobSteps.$inferSelect;

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toStepRecord(row: StepRow): JobStepRecord {
  return {
    name: row.name,
    stepId: row.stepId,
    state: row.state,
    attempts: row.attempts,
    cached: row.cached,
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
    durationMs: row.durationMs,
    servedBy: row.servedBy,
    passedOver: row.passedOver,
    progress: row.progress,
    message: row.message,
    error: row.error,
  };
}

function toJobRecord(row: JobRow, steps: StepRow[]): JobRecord {
  return {
    id: row.id,
    ownerId: row.ownerId,
    pipeline: row.pipeline,
    state: row.state,
    progress: row.progress,
    input: row.input,
    output: row.output ?? null,
    error: row.error ?? null,
    steps: steps.map(toStepRecord),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    startedAt: iso(row.startedAt),
    endedAt: iso(row.endedAt),
  };
}

/** Jobs of one owner, newest first, with their steps in pipeline order. */
export async function findJobs(
  database: Database,
  ownerId: string,
  filter: { jobId?: string; pipeline?: string; state?: JobRecord['state']; before?: { createdAt: Date; id: string }; limit?: number } = {},
): Promise<JobRecord[]> {
  const conditions: (SQL | undefined)[] = [eq(jobs.ownerId, ownerId)];
  if (filter.jobId !== undefined) conditions.push(eq(jobs.id, filter.jobId));
  if (filter.pipeline !== undefined) conditions.push(eq(jobs.pipeline, filter.pipeline));
  if (filter.state !== undefined) conditions.push(eq(jobs.state, filter.state));
  if (filter.before) {
    const { createdAt, id } = filter.before;
    conditions.push(or(lt(jobs.createdAt, createdAt), and(eq(jobs.createdAt, createdAt), lt(jobs.id, id))));
  }
  const rows = await database.db
    .select()
    .from(jobs)
    .where(and(...conditions))
    .orderBy(desc(jobs.createdAt), desc(jobs.id))
    .limit(filter.limit ?? 50);
  if (rows.length === 0) return [];
  const steps = await database.db
    .select()
    .from(jobSteps)
    .where(inArray(jobSteps.jobId, rows.map((row) => row.id)))
    .orderBy(asc(jobSteps.position));
  return rows.map((row) => toJobRecord(row, steps.filter((step) => step.jobId === row.id)));
}

/** The record of a job just created: queued, every step pending (what `findJobs` would read back). */
export function newJobRecord(job: {
  id: string;
  ownerId: string;
  pipeline: string;
  input: unknown;
  createdAt: string;
  steps: { name: string; stepId: string }[];
}): JobRecord {
  return {
    id: job.id,
    ownerId: job.ownerId,
    pipeline: job.pipeline,
    state: 'queued',
    progress: 0,
    input: job.input,
    output: null,
    error: null,
    steps: job.steps.map((step) => ({
      name: step.name,
      stepId: step.stepId,
      state: 'pending',
      attempts: 0,
      cached: false,
      startedAt: null,
      endedAt: null,
      durationMs: null,
      servedBy: [],
      passedOver: [],
      progress: 0,
      message: null,
      error: null,
    })),
    createdAt: job.createdAt,
    updatedAt: job.createdAt,
    startedAt: null,
    endedAt: null,
  };
}
