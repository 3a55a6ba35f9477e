import type { Job } from 'pg-boss';
import { CancelledError, type KilnError, TimeoutError, toKilnError } from '../engine/errors/index.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { reportWhenSlow } from '../engine/report-when-slow.ts';
import { runPipeline } from '../engine/run-pipeline.ts';
import type { StepServices } from '../engine/step.ts';
import type { PipelineCatalog, StepCache, Worker } from '../runtime/contracts.ts';
import { optionalService } from '../runtime/step-services.ts';
import { assetSha256From } from '../store/asset-sha256.ts';
import type { Database } from '../store/database.ts';
import { createStepCache } from '../store/step-cache.ts';
import { createJobEvents, type JobEvents } from './job-events.ts';
import { createJobFolders } from './job-folders.ts';
import { removeStrayAssets } from './remove-stray-assets.ts';
import { startJobHeartbeat, type JobHeartbeat } from './job-heartbeat.ts';
import { givenUpQueueName, jobQueueName, type JobMessage } from './job-message.ts';
import type { JobQueue } from './queue.ts';

export interface WorkerOptions {
  database: Database;
  queue: JobQueue;
  pipelines: PipelineCatalog;
  services: StepServices;
  /** Jobs this worker runs at once. Default 1. */
  concurrency?: number;
  /** Nodes of one job running at once, when its graph allows. Default: runPipeline's. */
  stepConcurrency?: number;
  /** The process's event bus; share the server's so its subscribers hear this worker directly. */
  events?: JobEvents;
  /** Where finished steps are kept; default the `step_cache` table, which all workers share. */
  cache?: StepCache;
  /**
   * Where each job gets a scratch folder (`<root>/<job id>`, handed to steps as
   * `context.temporaryFolder`), removed when the job ends; the runtime uses `<data folder>/tmp/jobs`.
   * Without it steps use the OS temporary folder and nothing is swept.
   */
  temporaryRoot?: string;
  onError?: (error: unknown) => void;
  /** How long a stop waits before it reports what it is waiting for (default 30 s). */
  slowStopMs?: number;
}

/** Why a run was aborted; each ends the job differently. */
type StopReason = 'cancel' | 'shutdown' | 'claim-lost' | 'timeout';

interface RunningJob {
  controller: AbortController;
  reason?: StopReason;
  /** The step running now, for the message of a stop that takes long. */
  step?: string;
}

/** How long a stop may wait before the worker says what it is waiting for (a step that does not heed its signal). */
const defaultSlowStopMs = 30_000;

/**
 * Takes jobs from the queue and runs their pipelines. While a job runs, its heartbeat is refreshed
 * (on Postgres also from a thread of its own, which a busy event loop cannot hold up); if this process
 * dies, the heartbeat stops and another worker (or this one, restarted) runs the job again, and the
 * step cache hands back every step that had finished.
 */
export function createWorker(options: WorkerOptions): Worker {
  const { database, queue, pipelines, services } = options;
  const onError = options.onError ?? ((error: unknown) => console.error('kiln worker:', error));
  const events = options.events ?? createJobEvents({ database, onError });
  const cache = options.cache ?? createStepCache(database);
  const folders = options.temporaryRoot ? createJobFolders({ database, root: options.temporaryRoot }) : undefined;
  const running = new Map<string, RunningJob>();
  let stopping = false;
  let started: Promise<void> | undefined;
  let stopped: Promise<void> | undefined;
  let unsubscribe: (() => Promise<void>) | undefined;
  let heartbeat: JobHeartbeat | undefined;
  const workIds = new Map<string, string>();

  const abort = (jobId: string, reason: StopReason) => {
    const job = running.get(jobId);
    if (!job || job.reason) return;
    job.reason = reason;
    job.controller.abort(new CancelledError(`The run was stopped (${reason}).`));
  };

  const now = () => new Date().toISOString();

  // Put back as it was before it started, so lists do not show a job as running that nothing runs.
  async function putBack(jobId: string) {
    await database.query(`UPDATE job_steps SET state = 'pending', progress = 0 WHERE job_id = $1 AND state = 'running'`, [jobId]);
    await database.query(`UPDATE jobs SET state = 'queued', updated_at = now() WHERE id = $1 AND state = 'running'`, [jobId]);
  }

  async function runJob(message: Job<JobMessage>) {
    // A fetch that raced stop(): throwing hands the job straight back to the queue.
    if (stopping) throw new Error('The worker is stopping; the job goes back to the queue.');
    const { jobId } = message.data;
    const job: RunningJob = { controller: new AbortController() };
    running.set(jobId, job);
    heartbeat?.hold(message);
    const onClaimLost = () => abort(jobId, 'claim-lost');
    message.signal.addEventListener('abort', onClaimLost, { once: true });
    // Ends the run a little before pg-boss would give up on it, so it fails as a timeout, not a retry.
    const timeout = setTimeout(() => abort(jobId, 'timeout'), Math.max(1, queue.timings.jobTimeoutSeconds - 5) * 1000);
    try {
      const [row] = await database.query<{ owner_id: string; pipeline: string; input: unknown; state: string }>(
        'SELECT owner_id, pipeline, input, state FROM jobs WHERE id = $1',
        [jobId],
      );
      // Deleted, cancelled, or finished by an earlier run whose completion did not reach the queue.
      if (!row || (row.state !== 'queued' && row.state !== 'running')) return;
      // The runner's own job-end and job-error are replaced by the ones below, which know why a run stopped.
      const forward = (event: ProgressEvent) => {
        if (event.type === 'step-start') job.step = event.step;
        if (event.type !== 'job-end' && event.type !== 'job-error') void events.publish(event).catch(onError);
      };
      // Gone before the job's end is announced; after a lost claim the folder belongs to another worker.
      const removeFolder = async () => {
        if (folders && job.reason !== 'claim-lost') await folders.remove(jobId).catch(onError);
      };
      try {
        const pipeline = pipelines.get(row.pipeline);
        const temporaryFolder = await folders?.open(jobId);
        const assets = optionalService(services, 'assets');
        const result = await runPipeline(pipeline, {
          jobId,
          ownerId: row.owner_id,
          input: row.input,
          signal: job.controller.signal,
          cache,
          // Steps' asset inputs are keyed by their bytes: the same song uploaded twice reuses its steps.
          assetSha256: assets ? assetSha256From(assets) : undefined,
          // A copy taken now: a registry replaced from the settings page mid-run does not reach this job.
          services: { ...services },
          onEvent: forward,
          concurrency: options.stepConcurrency,
          temporaryFolder,
          discardAsset: assets ? (assetId) => assets.delete(row.owner_id, assetId) : undefined,
        }).finally(removeFolder);
        if (assets) await removeStrayAssets(assets, row.owner_id, jobId, result).catch(onError);
        await events.publish({ type: 'job-end', jobId, at: now(), output: result.output });
      } catch (thrown) {
        await events.flush(jobId);
        if (job.reason === 'cancel') return;
        if (job.reason === 'shutdown' || job.reason === 'claim-lost') {
          // After a lost claim the job belongs to another worker: leave its row alone.
          if (job.reason === 'shutdown') await putBack(jobId);
          throw new Error(`The run of job ${jobId} was interrupted (${job.reason}); it goes back to the queue.`);
        }
        const error = job.reason === 'timeout'
          ? new TimeoutError(`The job ran longer than its limit of ${queue.timings.jobTimeoutSeconds} seconds.`)
          : toKilnError(thrown);
        const step = typeof error.details?.step === 'string' ? error.details.step : undefined;
        await events.publish({ type: 'job-error', jobId, at: now(), code: error.code, message: publicMessage(error, jobId, step, onError), ...(step ? { step } : {}) });
      }
    } finally {
      clearTimeout(timeout);
      heartbeat?.release(message.id);
      message.signal.removeEventListener('abort', onClaimLost);
      running.delete(jobId);
    }
  }

  // pg-boss moves a job here when it was interrupted more often than the queue allows.
  async function giveUp(message: Job<JobMessage>) {
    const times = queue.timings.maxInterruptions + 1;
    await events.publish({
      type: 'job-error',
      jobId: message.data.jobId,
      at: now(),
      code: 'internal',
      message: `The job was interrupted ${times} times (its worker stopped or died) and was given up.`,
    });
  }

  return {
    start() {
      started ??= (async () => {
        // What killed runs left behind; never the folder of a job that may be running elsewhere.
        await folders?.sweep();
        // On PGlite every supervisor shares this process's event loop, so a busy loop holds them too.
        if (database.connection.kind === 'postgres') {
          const { heartbeatSeconds, stalledWorkerSeconds } = queue.timings;
          heartbeat = startJobHeartbeat({
            url: database.connection.url,
            queueName: jobQueueName,
            refreshSeconds: heartbeatSeconds / 2,
            stallSeconds: stalledWorkerSeconds,
            onError,
          });
        }
        unsubscribe = await events.subscribeAll((event) => {
          if (event.type === 'job-error' && event.code === 'cancelled') abort(event.jobId, 'cancel');
        });
        // NOTIFY wakes a worker for new jobs only; retries of interrupted jobs are found by polling.
        const interval = queue.timings.pollingIntervalSeconds;
        // With a backlog, fetch again as soon as a job ends instead of waiting out the poll interval
        // (with one job per fetch, pg-boss's burst mode is driven by its ready count, refreshed by supervision).
        const polling = { pollingIntervalSeconds: interval, notifyPollingIntervalSeconds: interval, batchSize: 1, burstWhenReadyExceeds: 1 };
        workIds.set(
          jobQueueName,
          await queue.boss.work<JobMessage>(
            jobQueueName,
            // Jobs are grouped by owner (see queue.send): no user holds more than their share of the workers.
            { ...polling, localConcurrency: options.concurrency ?? 1, groupConcurrency: queue.timings.perUserConcurrency },
            async ([message]) => runJob(message),
          ),
        );
        workIds.set(givenUpQueueName, await queue.boss.work<JobMessage>(givenUpQueueName, polling, async ([message]) => giveUp(message)));
      })();
      return started;
    },

    stop() {
      if (!started) return Promise.resolve();
      stopped ??= (async () => {
        stopping = true;
        // A stop that hangs (`kiln serve` never exiting) says what it waits for: the jobs and their steps, or the part after them.
        // A run is let go as soon as its signal is aborted (a step that ignores it is left to finish alone), so once none is
        // left the wait is pg-boss's own, for its fetch loops to end.
        let waitingFor = () => (running.size > 0
          ? `the running jobs to stop (${[...running].map(([jobId, job]) => `${jobId} in ${job.step ?? 'no step yet'}`).join(', ')})`
          : 'the queue (pg-boss) to end its fetch loops');
        const slowStopMs = options.slowStopMs ?? defaultSlowStopMs;
        await reportWhenSlow(async () => {
          await started?.catch(() => {});
          // By id: other workers on the same pg-boss instance keep working.
          const draining = Promise.all([...workIds].map(([name, id]) => queue.boss.offWork(name, { id, wait: true })));
          for (const jobId of running.keys()) abort(jobId, 'shutdown');
          await draining;
          waitingFor = () => 'the heartbeat thread to stop';
          await heartbeat?.stop();
          waitingFor = () => 'its event subscription to end';
          await unsubscribe?.();
          waitingFor = () => 'the job events to close';
          if (!options.events) await events.close();
        }, slowStopMs, () => `The worker has been stopping for ${slowStopMs / 1000} s, waiting for ${waitingFor()}.`, onError);
      })();
      return stopped;
    },
  };
}

/**
 * The job record's sentence for a failure. An unexpected error (`internal`) carries whatever the
 * failing library said, such as a database driver's `Failed query: insert into … params: …`; as in
 * the HTTP error handler, that goes to the log only and the record says where to look.
 */
function publicMessage(error: KilnError, jobId: string, step: string | undefined, log: (error: unknown) => void): string {
  if (error.code !== 'internal') return error.message;
  log(new Error(`Job ${jobId} failed${step ? ` in step ${step}` : ''}: ${error.message}`, { cause: error.cause ?? error }));
  return `Something went wrong inside Kiln${step ? ` in step \`${step}\`` : ''}; the server log has the details (job ${jobId}).`;
}
