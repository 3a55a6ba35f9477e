import { randomUUID } from 'node:crypto';
import { describeZodError, zodIssues } from '../engine/describe-zod-error.ts';
import { BadInputError, ConflictError, KilnError, NotFoundError } from '../engine/errors/index.ts';
import type { OperatorSafetySettings } from '../engine/pipeline.ts';
import { pipelineOrder } from '../engine/pipeline-order.ts';
import type { JobRecord, JobService, PipelineCatalog } from '../runtime/contracts.ts';
import type { Database } from '../store/database.ts';
import type { JobEvents } from './job-events.ts';
import { createJobRecordCache } from './job-record-cache.ts';
import { findJobs, newJobRecord } from './job-records.ts';
import { createQueuePositionCache } from './queue-position-cache.ts';
import { shareReadsInFlight } from './share-reads-in-flight.ts';
import type { JobQueue } from './queue.ts';

export interface JobServiceOptions {
  database: Database;
  queue: Pick<JobQueue, 'send' | 'cancel' | 'positions'>;
  events: JobEvents;
  pipelines: PipelineCatalog;
  /** The operator's safety settings (config `safety`); without them every story is made in child mode. */
  safety?: OperatorSafetySettings;
}

const finishedStates = new Set(['succeeded', 'failed', 'cancelled']);

/** The job's input with the fields the server decides; a request that sends one of them is refused. */
function withOperatorInput(pipelineId: string, input: unknown, decided: Record<string, unknown> = {}): unknown {
  const fields = Object.keys(decided);
  if (fields.length === 0) return input;
  // Anything but an object is left for the pipeline's schema to refuse with its own message.
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  const sent = input as Record<string, unknown>;
  const refused = fields.filter((field) => sent[field] !== undefined);
  if (refused.length > 0) {
    throw new BadInputError(
      `${refused.map((field) => `\`${field}\``).join(', ')} ${refused.length === 1 ? 'is an operator setting' : 'are operator settings'} of the \`${pipelineId}\` pipeline ` +
        '(config `safety.childMode` and `safety.standardModeUsers`); leave it out of the request.',
      { details: { operatorSettings: refused } },
    );
  }
  return { ...sent, ...decided };
}

/** Jobs as their owners see them: create (validated and queued), read, list, cancel, follow. */
export function createJobService(options: JobServiceOptions): JobService {
  const { database, queue, events, pipelines } = options;
  const safety = options.safety ?? { childMode: true, standardModeUsers: [] };
  const cache = createJobRecordCache(events);
  const positions = createQueuePositionCache(events, (jobIds) => queue.positions(jobIds));

  // A place in line changes as other users' jobs move: the cache forgets every place when one does.
  async function withQueuePositions(records: JobRecord[]): Promise<JobRecord[]> {
    const queued = records.filter((record) => record.state === 'queued').map((record) => record.id);
    const places = await positions.positions(queued);
    return records.map((record) => ({ ...record, queuePosition: places.get(record.id) ?? null }));
  }

  // Reads for owners polling a job go through the cache; everything that decides something reads the database.
  async function getCached(ownerId: string, jobId: string): Promise<JobRecord> {
    const cached = await cache.get(jobId);
    if (cached) {
      if (cached.ownerId !== ownerId) throw new NotFoundError(`Job ${jobId}`);
      return (await withQueuePositions([cached]))[0];
    }
    // Not a read begun before the job's last event: a page that saw the job cancelled and then
    // asked for its record would get it back as queued.
    return (await withQueuePositions([await readToCache(`${ownerId}\n${jobId}`, cache.changedAt(jobId))]))[0];
  }

  const readToCache = shareReadsInFlight(async (key: string) => {
    const [ownerId, jobId] = key.split('\n');
    const readAt = performance.now();
    const job = await getOwned(ownerId, jobId);
    cache.set(job, readAt);
    return job;
  });

  async function getOwned(ownerId: string, jobId: string): Promise<JobRecord> {
    const [job] = await findJobs(database, ownerId, { jobId, limit: 1 });
    if (!job) throw new NotFoundError(`Job ${jobId}`);
    return job;
  }

  return {
    async create(ownerId, pipelineId, input) {
      const pipeline = pipelines.list().find((candidate) => candidate.id === pipelineId);
      if (!pipeline) {
        const known = pipelines.list().map((candidate) => `\`${candidate.id}\``).join(', ');
        throw new BadInputError(`There is no pipeline \`${pipelineId}\`; choose one of: ${known || 'none are installed'}.`);
      }
      const parsed = pipeline.input.safeParse(withOperatorInput(pipeline.id, input, pipeline.operatorInput?.({ ownerId, safety })));
      if (!parsed.success) {
        throw new BadInputError(`The input does not fit the \`${pipeline.id}\` pipeline: ${describeZodError(parsed.error)}`, {
          details: { issues: zodIssues(parsed.error) },
        });
      }
      // The same nodes, in the same order, that the runner will announce in `job-start`.
      const nodeNames = pipelineOrder(pipeline).filter((name) => pipeline.nodes[name].when?.(parsed.data) ?? true);
      const jobId = randomUUID();
      // Set here, not by the database, so list cursors compare at the precision JavaScript keeps.
      const createdAt = new Date().toISOString();
      const steps = nodeNames.map((name) => ({ name, stepId: pipeline.nodes[name].step.id }));
      // One statement for the job and all its steps, atomic without a transaction: creation is the
      // API's busiest write, and each round trip to the embedded database's thread waits its turn.
      await database.query(
        `WITH job AS (
           INSERT INTO jobs (id, owner_id, pipeline, state, input, created_at, updated_at)
           VALUES ($1, $2, $3, 'queued', $4::jsonb, $5, $5) RETURNING id
         )
         INSERT INTO job_steps (job_id, name, step_id, position, state)
         SELECT job.id, step.name, step.step_id, step.position, 'pending'
         FROM job, jsonb_to_recordset($6::jsonb) AS step(name text, step_id text, position integer)`,
        [jobId, ownerId, pipeline.id, JSON.stringify(parsed.data ?? null), createdAt,
          JSON.stringify(steps.map((step, position) => ({ name: step.name, step_id: step.stepId, position })))],
      );
      try {
        await queue.send(jobId, ownerId);
        positions.forget();
      } catch (error) {
        // A job that no worker will ever see must not stay behind as `queued`.
        await database.query('DELETE FROM jobs WHERE id = $1', [jobId]);
        throw new KilnError('internal', 'The job could not be queued; nothing was saved. Try again.', { cause: error });
      }
      // Exactly what was written, so the answer needs no second read.
      return newJobRecord({ id: jobId, ownerId, pipeline: pipeline.id, input: parsed.data ?? null, createdAt, steps });
    },

    get: getCached,

    async list(ownerId, listOptions = {}) {
      const limit = Math.min(Math.max(Math.trunc(listOptions.limit ?? 50), 1), 200);
      let before: { createdAt: Date; id: string } | undefined;
      if (listOptions.before !== undefined) {
        const at = Date.parse(listOptions.before);
        if (!Number.isNaN(at)) before = { createdAt: new Date(at), id: '' };
        else {
          const cursor = await findJobs(database, ownerId, { jobId: listOptions.before, limit: 1 }).then((found) => found[0]);
          if (!cursor) throw new BadInputError('`before` must be one of your job ids or an ISO date-time.');
          before = { createdAt: new Date(cursor.createdAt), id: cursor.id };
        }
      }
      return withQueuePositions(await findJobs(database, ownerId, { pipeline: listOptions.pipeline, state: listOptions.state, before, limit }));
    },

    async cancel(ownerId, jobId) {
      const job = await getOwned(ownerId, jobId);
      if (finishedStates.has(job.state)) throw new ConflictError(`Job ${jobId} has finished (${job.state}); only queued or running jobs can be cancelled.`);
      // Recorded first, so a worker that picks the job up from now on skips it; the event also
      // reaches the worker running it, wherever it is, which then aborts the run.
      const changed = await events.publish({
        type: 'job-error',
        jobId,
        at: new Date().toISOString(),
        code: 'cancelled',
        message: 'The job was cancelled.',
      });
      if (!changed) {
        const now = await getOwned(ownerId, jobId);
        throw new ConflictError(`Job ${jobId} has finished (${now.state}); only queued or running jobs can be cancelled.`);
      }
      if (job.state === 'queued') await queue.cancel(jobId);
      return getOwned(ownerId, jobId);
    },

    subscribe: (jobId, listener) => events.subscribe(jobId, listener),

    async queueDepth() {
      const [row] = await database.query<{ depth: number }>(`SELECT count(*)::int AS depth FROM jobs WHERE state = 'queued'`);
      return row.depth;
    },

    forget: (jobId) => cache.drop(jobId),
  };
}
