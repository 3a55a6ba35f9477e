import { fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '../store/database.ts';
import { givenUpQueueName, jobQueueName, type JobMessage } from './job-message.ts';
import { fairPriority, queuePositions } from './queue-order.ts';
import { recoverAbandonedJobs } from './recover-abandoned-jobs.ts';

export { givenUpQueueName, jobQueueName, type JobMessage };

export interface JobQueueTimings {
  /**
   * On Postgres, a running job whose worker has not reported for this long counts as abandoned (its
   * process died) and goes back to the queue for another worker. pg-boss's floor is 10. Default 10.
   * PGlite jobs have no heartbeat: see createJobQueue.
   */
  heartbeatSeconds: number;
  /**
   * On Postgres, how long a worker's event loop may stay held (a CPU-bound step on a loaded machine)
   * while a thread of its own keeps its jobs' heartbeat; past that the worker counts as stuck and its
   * jobs lapse. Default 600.
   */
  stalledWorkerSeconds: number;
  /** How often each process looks for abandoned jobs. Default 2. */
  superviseIntervalSeconds: number;
  /** How often an idle worker asks for work when no NOTIFY woke it. Default 1. */
  pollingIntervalSeconds: number;
  /** Longest a job may run before it is treated as stuck; pg-boss's ceiling is 24 hours. Default 6 hours. */
  jobTimeoutSeconds: number;
  /** Times a job may be interrupted (worker stopped or died) and resumed before it is given up. Default 5. */
  maxInterruptions: number;
  /** Jobs of one user running at once across all workers, so one user never holds every slot. Default 2. */
  perUserConcurrency: number;
}

export interface JobQueueOptions extends Partial<JobQueueTimings> {
  database: Database;
  /** Connections pg-boss opens on Postgres. Default 4. */
  poolSize?: number;
  /**
   * Puts back at once what the previous run of this process left behind: on PGlite no other process
   * can hold a job, so jobs still marked active lost their worker. Default true.
   */
  recover?: boolean;
  onError?: (error: Error) => void;
}

export interface JobQueue {
  readonly boss: PgBoss;
  readonly timings: JobQueueTimings;
  /**
   * Queues the job; the pg-boss job id is the Kiln job id, so sending twice queues it once. The job
   * goes behind as many of its owner's jobs as are outstanding, so users take turns (see fairPriority).
   */
  send(jobId: string, ownerId: string): Promise<void>;
  /** Place in line (1 = next) of each job id given that is still waiting; jobs not waiting are left out. */
  positions(jobIds: string[]): Promise<Map<string, number>>;
  /** Takes a job that has not started out of the queue. */
  cancel(jobId: string): Promise<void>;
  stop(): Promise<void>;
}

export const defaultJobQueueTimings: JobQueueTimings = {
  heartbeatSeconds: 10,
  stalledWorkerSeconds: 600,
  superviseIntervalSeconds: 2,
  pollingIntervalSeconds: 1,
  jobTimeoutSeconds: 6 * 60 * 60,
  maxInterruptions: 5,
  perUserConcurrency: 2,
};

/**
 * pg-boss on Kiln's own database. On Postgres it gets the connection string and keeps its own
 * pool; on PGlite it shares the one embedded connection through pg-boss's PGlite adapter, which sends
 * parameterless multi-statement SQL to `exec` and the rest to `query`, as a hand-written one would.
 */
export async function createJobQueue(options: JobQueueOptions): Promise<JobQueue> {
  const { database } = options;
  const timings: JobQueueTimings = { ...defaultJobQueueTimings, ...withoutUndefined(options) };
  const onError = options.onError ?? ((error: Error) => console.error('kiln queue:', error.message));
  const connection =
    database.connection.kind === 'postgres'
      ? { connectionString: database.connection.url, max: options.poolSize ?? 4 }
      : { db: fromPglite(database.connection.client), backend: 'pglite' as const };
  const boss = new PgBoss({
    ...connection,
    application_name: 'kiln-queue',
    schedule: false,
    supervise: true,
    superviseIntervalSeconds: timings.superviseIntervalSeconds,
    monitorIntervalSeconds: timings.superviseIntervalSeconds,
    // Workers burst through a backlog by the queue's cached ready count; keep it fresh.
    queueCacheIntervalSeconds: timings.superviseIntervalSeconds,
    useListenNotify: true,
  });
  boss.on('error', onError);
  await boss.start();

  const queueOptions = {
    // On PGlite the only process that can hold a job is this one, and its supervisor shares the
    // event loop of the worker: a heartbeat could only find a live job late after a busy step and fail
    // it. A dead process's jobs are put back by recoverAbandonedJobs when it starts again.
    heartbeatSeconds: database.kind === 'pglite' ? null : timings.heartbeatSeconds,
    expireInSeconds: timings.jobTimeoutSeconds,
    retryLimit: timings.maxInterruptions,
    // A second's pause keeps a job that kills its worker from cycling through every worker at once.
    retryDelay: 1,
    notify: true,
  };
  await boss.createQueue(givenUpQueueName, { notify: true });
  const { heartbeatSeconds, ...withoutHeartbeat } = queueOptions;
  await boss.createQueue(jobQueueName, { ...withoutHeartbeat, ...(heartbeatSeconds ? { heartbeatSeconds } : {}), deadLetter: givenUpQueueName });
  // createQueue leaves an existing queue as it was; this applies changed timings to it (null clears a heartbeat).
  await boss.updateQueue(jobQueueName, { ...queueOptions, deadLetter: givenUpQueueName });

  const queue: JobQueue = {
    boss,
    timings,
    async send(jobId, ownerId) {
      const priority = await fairPriority(database, ownerId);
      await boss.send(jobQueueName, { jobId } satisfies JobMessage, { id: jobId, priority, group: { id: ownerId } });
    },
    positions: (jobIds) => queuePositions(database, jobIds),
    async cancel(jobId) {
      await boss.cancel(jobQueueName, jobId);
    },
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
  if (options.recover ?? true) {
    await recoverAbandonedJobs({ database, queue }).catch(async (error) => {
      await queue.stop();
      throw error;
    });
  }
  return queue;
}

function withoutUndefined(options: Partial<JobQueueTimings>): Partial<JobQueueTimings> {
  const keys = Object.keys(defaultJobQueueTimings) as (keyof JobQueueTimings)[];
  return Object.fromEntries(keys.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]));
}
