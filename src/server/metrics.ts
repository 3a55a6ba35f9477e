import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ProgressEvent } from '../engine/progress-event.ts';

/** The Prometheus metrics of one app; each app has its own registry so tests can build many. */
export interface KilnMetrics {
  registry: Registry;
  /** Records one answered HTTP request; the app calls this from its onResponse hook. */
  observeHttpRequest(method: string, route: string, statusCode: number, durationSeconds: number): void;
  /**
   * Records what a progress event says about durations: the worker side passes every event of the
   * jobs it runs. `step-end` → step duration; `job-start` … `job-end`/`job-error` → job duration and count.
   */
  observeProgressEvent(event: ProgressEvent): void;
  /** Records one live vocabulary stage (items, replyFirstToken, …, or `gateway` for the gateway's own overhead). */
  observeVocabularyLiveStage(stage: string, durationSeconds: number): void;
}

/** Job start times kept to compute durations; a bound so jobs whose end this process never sees cannot pile up. */
const maxTrackedJobs = 10_000;

export function createMetrics(options: { queueDepth?: () => Promise<number> } = {}): KilnMetrics {
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
  const jobsFinished = new Counter({
    name: 'kiln_jobs_finished_total',
    help: 'Jobs that ended, by outcome (succeeded, failed, cancelled).',
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
  new Gauge({
    name: 'kiln_queue_depth',
    help: 'Jobs waiting in the queue.',
    registers: [registry],
    async collect() {
      if (!options.queueDepth) return;
      // An unreadable queue shows as NaN rather than failing the whole scrape.
      this.set(await options.queueDepth().catch(() => Number.NaN));
    },
  });

  const jobStarts = new Map<string, number>();
  return {
    registry,
    observeHttpRequest(method, route, statusCode, durationSeconds) {
      httpDuration.observe({ method, route, status_code: String(statusCode) }, durationSeconds);
    },
    observeVocabularyLiveStage(stage, durationSeconds) {
      vocabularyLiveStage.observe({ stage }, durationSeconds);
    },
    observeProgressEvent(event) {
      if (event.type === 'job-start') {
        if (jobStarts.size >= maxTrackedJobs) jobStarts.delete(jobStarts.keys().next().value as string);
        jobStarts.set(event.jobId, Date.parse(event.at));
      } else if (event.type === 'step-end') {
        stepDuration.observe({ step: event.step, cached: String(event.cached) }, event.durationMs / 1000);
      } else if (event.type === 'job-end' || event.type === 'job-error') {
        const outcome = event.type === 'job-end' ? 'succeeded' : event.code === 'cancelled' ? 'cancelled' : 'failed';
        jobsFinished.inc({ outcome });
        const startedAt = jobStarts.get(event.jobId);
        jobStarts.delete(event.jobId);
        if (startedAt !== undefined) jobDuration.observe({ outcome }, Math.max(0, Date.parse(event.at) - startedAt) / 1000);
      }
    },
  };
}
