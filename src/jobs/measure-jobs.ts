import type { JobRecord, JobService } from '../runtime/contracts.ts';

/** Count, mean and nearest-rank percentiles of a list of durations in milliseconds. */
export interface DurationSummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  max: number;
}

export interface JobTiming {
  jobId: string;
  state: JobRecord['state'];
  /** From the job's creation to its `job-start`: time spent waiting in the queue. */
  queuedMs: number | null;
  /** From `job-start` to the job's end. */
  runMs: number | null;
  /** From creation to the end. */
  totalMs: number | null;
}

export function summarizeDurations(values: number[]): DurationSummary {
  if (values.length === 0) return { count: 0, min: 0, mean: 0, p50: 0, p95: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)];
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { count: sorted.length, min: sorted[0], mean, p50: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1] };
}

const between = (from: string | null, to: string | null) => (from && to ? Date.parse(to) - Date.parse(from) : null);

/** Times of one finished job, read from its record (created, started and ended timestamps). */
export function timingOf(job: JobRecord): JobTiming {
  return {
    jobId: job.id,
    state: job.state,
    queuedMs: between(job.createdAt, job.startedAt),
    runMs: between(job.startedAt, job.endedAt),
    totalMs: between(job.createdAt, job.endedAt),
  };
}

/**
 * Creates one job per input, waits for all of them to finish, and reports how long they queued
 * and ran, for the benchmark (bench/). Times come from the job records, so the server and the
 * workers must share a clock (one machine, or synchronised ones).
 */
export async function measureJobs(options: {
  service: JobService;
  ownerId: string;
  pipelineId: string;
  inputs: unknown[];
  /** Gives up waiting after this long. Default 10 minutes. */
  timeoutMs?: number;
}): Promise<{ jobs: JobTiming[]; queued: DurationSummary; run: DurationSummary; total: DurationSummary }> {
  const { service, ownerId, pipelineId } = options;
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  const created = await Promise.all(options.inputs.map((input) => service.create(ownerId, pipelineId, input)));
  const finished = await Promise.all(created.map((job) => waitUntilFinished(service, ownerId, job.id, deadline)));
  const jobs = finished.map(timingOf);
  const summaryOf = (pick: (timing: JobTiming) => number | null) =>
    summarizeDurations(jobs.map(pick).filter((value): value is number => value !== null));
  return { jobs, queued: summaryOf((job) => job.queuedMs), run: summaryOf((job) => job.runMs), total: summaryOf((job) => job.totalMs) };
}

async function waitUntilFinished(service: JobService, ownerId: string, jobId: string, deadline: number): Promise<JobRecord> {
  const isFinished = (job: JobRecord) => job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled';
  let wake: () => void = () => {};
  const unsubscribe = await service.subscribe(jobId, (event) => {
    if (event.type === 'job-end' || event.type === 'job-error') wake();
  });
  try {
    for (;;) {
      // Read after subscribing, so an end that came in between is not missed.
      const job = await service.get(ownerId, jobId);
      if (isFinished(job)) return job;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Job ${jobId} did not finish in time (still ${job.state}).`);
      // Woken by the job's end, or after a second in case the event went to another process only.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 1000));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  } finally {
    await unsubscribe();
  }
}
