import type { JobRecord, JobStepRecord } from '../runtime/contracts.ts';
import type { Database } from '../store/database.ts';

/** A `jobs` row as both drivers return it: jsonb parsed, timestamptz as a Date. */
interface JobRow {
  id: string;
  owner_id: string;
  pipeline: string;
  state: JobRecord['state'];
  progress: number;
  input: unknown;
  output: unknown;
  error: JobRecord['error'];
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  ended_at: Date | null;
}

interface StepRow {
  job_id: string;
  name: string;
  step_id: string;
  state: JobStepRecord['state'];
  attempts: number;
  cached: boolean;
  started_at: Date | null;
  ended_at: Date | null;
  duration_ms: number | null;
  served_by: string[];
  passed_over: JobStepRecord['passedOver'];
  progress: number;
  message: string | null;
  error: JobStepRecord['error'];
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

function toStepRecord(row: StepRow): JobStepRecord {
  return {
    name: row.name,
    stepId: row.step_id,
    state: row.state,
    attempts: row.attempts,
    cached: row.cached,
    startedAt: iso(row.started_at),
    endedAt: iso(row.ended_at),
    durationMs: row.duration_ms,
    servedBy: row.served_by,
    passedOver: row.passed_over,
    progress: row.progress,
    message: row.message,
    error: row.error,
  };
}

function toJobRecord(row: JobRow, steps: StepRow[]): JobRecord {
  return {
    id: row.id,
    ownerId: row.owner_id,
    pipeline: row.pipeline,
    state: row.state,
    progress: row.progress,
    input: row.input,
    output: row.output ?? null,
    error: row.error ?? null,
    steps: steps.map(toStepRecord),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    startedAt: iso(row.started_at),
    endedAt: iso(row.ended_at),
  };
}

/** Jobs of one owner, newest first, with their steps in pipeline order. */
export async function findJobs(
  database: Database,
  ownerId: string,
  filter: { jobId?: string; pipeline?: string; state?: JobRecord['state']; before?: { createdAt: Date; id: string }; limit?: number } = {},
): Promise<JobRecord[]> {
  const params: unknown[] = [ownerId];
  const parameter = (value: unknown) => `$${params.push(value)}`;
  const conditions = ['owner_id = $1'];
  if (filter.jobId !== undefined) conditions.push(`id = ${parameter(filter.jobId)}`);
  if (filter.pipeline !== undefined) conditions.push(`pipeline = ${parameter(filter.pipeline)}`);
  if (filter.state !== undefined) conditions.push(`state = ${parameter(filter.state)}`);
  if (filter.before) {
    // The cursor is the last job of the page before: older ones, or as old with a smaller id.
    const createdAt = parameter(filter.before.createdAt.toISOString());
    conditions.push(`(created_at < ${createdAt}::timestamptz OR (created_at = ${createdAt}::timestamptz AND id < ${parameter(filter.before.id)}))`);
  }
  const rows = await database.query<JobRow>(
    `SELECT id, owner_id, pipeline, state, progress, input, output, error, created_at, updated_at, started_at, ended_at
     FROM jobs WHERE ${conditions.join(' AND ')}
     ORDER BY created_at DESC, id DESC LIMIT ${parameter(filter.limit ?? 50)}`,
    params,
  );
  if (rows.length === 0) return [];
  const steps = await database.query<StepRow>(
    `SELECT job_id, name, step_id, state, attempts, cached, started_at, ended_at, duration_ms, served_by, passed_over, progress, message, error
     FROM job_steps WHERE job_id = ANY($1::text[]) ORDER BY position`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => toJobRecord(row, steps.filter((step) => step.job_id === row.id)));
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
