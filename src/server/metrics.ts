import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ProgressEvent } from '../engine/progress-event.ts';
import type { EventOrigin } from '../jobs/job-events.ts';

/**
 * The Prometheus metrics of one process; each has its own registry so tests can build many.
 * Counters and histograms count only what this process did (Prometheus adds `instance`), so summing
 * them over every scraped process counts each step once. The cluster gauges read the shared
 * database: every server shows the same value, so aggregate them with max(), not sum().
 */
export interface KilnMetrics {
  registry: Registry;
  /** Records one answered HTTP request; the app calls this from its onResponse hook. */
  observeHttpRequest(method: string, route: string, statusCode: number, durationSeconds: number): void;
  /**
   * Records what a progress event says: `step-end` → step count and duration; `job-start` …
   * `job-end`/`job-error` → job count and duration. Only events published `here` are counted; one
   * from `elsewhere` (another process on the database) only lends its job's start time, so a job
   * cancelled here while it ran elsewhere still gets a duration.
   */
  observeProgressEvent(event: ProgressEvent, origin?: EventOrigin): void;
  /** Records one live vocabulary stage (items, replyFirstToken, …, or `gateway` for the gateway's own overhead). */
  observeVocabularyLiveStage(stage: string, durationSeconds: number): void;
}

/** Job start times kept to compute durations; a bound so jobs whose end this process never sees cannot pile up. */
const maxTrackedJobs = 10_000;

/** How many jobs of one pipeline are in one unfinished state, cluster-wide. */
export interface UnfinishedJobCount {
  pipeline: string;
  state: 'queued' | 'running';
  count: number;
}

export interface MetricsOptions {
  /** Jobs waiting in the whole queue, for the `kiln_queue_depth` cluster gauge; absent: no such gauge. */
  queueDepth?: () => Promise<number>;
  /** Queued and running jobs of the whole cluster, for the `kiln_jobs` gauge; absent: no such gauge. */
  unfinishedJobs?: () => Promise<UnfinishedJobCount[]>;
  /** Pipeline ids shown at 0 in `kiln_jobs` when none of theirs are queued or running. */
  pipelines?: string[];
}

export function createMetrics(options: MetricsOptions = {}): KilnMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'kiln_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const stepDuration = new Histogram({
    name: 'kiln_step_duration_seconds',
    help: 'Time each pipeline step took, by step name and whether it came from the step cache.',
    labelNames: ['step', 'cached'],
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 600, 1800],
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'kiln_job_duration_seconds',
    help: 'Time from job start to its end, by outcome.',
    labelNames: ['outcome'],
    buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600],
    registers: [registry],
  });
  const stepsRun = new Counter({
    name: 'kiln_steps_total',
    help: 'Pipeline steps this process ran to their end, by step name and whether the output came from the step cache.',
    labelNames: ['step', 'cached'],
    registers: [registry],
  });
  const jobsFinished = new Counter({
    name: 'kiln_jobs_finished_total',
    help: 'Jobs whose end this process recorded, by outcome (succeeded, failed, cancelled).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const vocabularyLiveStage = new Histogram({
    name: 'kiln_vocabulary_live_stage_seconds',
    help: 'Live vocabulary mode: time from receiving an utterance to each stage (recognise is its own length); gateway is the overhead beyond model time.',
    labelNames: ['stage'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  if (options.queueDepth) registerQueueDepth(registry, options.queueDepth);
  if (options.unfinishedJobs) registerUnfinishedJobs(registry, options.unfinishedJobs, options.pipelines ?? []);

  const jobStarts = new Map<string, number>();
  return {
    registry,
    observeHttpRequest(method, route, statusCode, durationSeconds) {
      httpDuration.observe({ method, route, status_code: String(statusCode) }, durationSeconds);
    },
    observeVocabularyLiveStage(stage, durationSeconds) {
      vocabularyLiveStage.observe({ stage }, durationSeconds);
    },
    observeProgressEvent(event, origin = 'here') {
      if (event.type === 'job-start') {
        if (jobStarts.size >= maxTrackedJobs) jobStarts.delete(jobStarts.keys().next().value as string);
        jobStarts.set(event.jobId, Date.parse(event.at));
      } else if (event.type === 'step-end' && origin === 'here') {
        const labels = { step: event.step, cached: String(event.cached) };
        stepsRun.inc(labels);
        stepDuration.observe(labels, event.durationMs / 1000);
      } else if (event.type === 'job-end' || event.type === 'job-error') {
        const startedAt = jobStarts.get(event.jobId);
        jobStarts.delete(event.jobId);
        if (origin !== 'here') return;
        const outcome = event.type === 'job-end' ? 'succeeded' : event.code === 'cancelled' ? 'cancelled' : 'failed';
        jobsFinished.inc({ outcome });
        if (startedAt !== undefined) jobDuration.observe({ outcome }, Math.max(0, Date.parse(event.at) - startedAt) / 1000);
      }
    },
  };
}

function registerQueueDepth(registry: Registry, queueDepth: () => Promise<number>): void {
  new Gauge({
    name: 'kiln_queue_depth',
    help: 'Jobs waiting in the queue of the whole cluster (the same on every server: use max(), not sum()).',
    registers: [registry],
    async collect() {
      // An unreadable queue shows as NaN rather than failing the whole scrape.
      this.set(await queueDepth().catch(() => Number.NaN));
    },
  });
}

function registerUnfinishedJobs(registry: Registry, unfinishedJobs: () => Promise<UnfinishedJobCount[]>, pipelines: string[]): void {
  new Gauge({
    name: 'kiln_jobs',
    help: 'Jobs queued or running in the whole cluster, by pipeline and state (the same on every server: use max(), not sum()).',
    labelNames: ['pipeline', 'state'],
    registers: [registry],
    async collect() {
      const counts = await unfinishedJobs().catch(() => undefined);
      this.reset();
      // An unreadable database leaves the gauge empty rather than failing the whole scrape.
      if (!counts) return;
      // Known pipelines with nothing to do show 0, so a graph drops to zero instead of ending.
      for (const pipeline of pipelines) for (const state of ['queued', 'running']) this.set({ pipeline, state }, 0);
      for (const { pipeline, state, count } of counts) this.set({ pipeline, state }, count);
    },
  });
}
