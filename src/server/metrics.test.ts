import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createJobEvents } from '../jobs/job-events.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import type { JobRecord } from '../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../runtime/testing/create-test-runtime.ts';
import { buildApp } from './build-app.ts';
import { createMetrics, type KilnMetrics } from './metrics.ts';
import { clusterGauges } from './metrics-cluster-gauges.ts';

// As in the serve command: the runtime passes every progress event, with its origin, to the metrics of the app in use.
let metrics: KilnMetrics | undefined;
let testRuntime: TestRuntime;
beforeAll(async () => {
  // One job at a time, so a long job keeps the others waiting in the queue.
  testRuntime = await createTestRuntime({ workerConcurrency: 1, onProgressEvent: (event, origin) => metrics?.observeProgressEvent(event, origin) });
});
afterAll(() => testRuntime.close());

const apps: FastifyInstance[] = [];
afterEach(async () => {
  metrics = undefined;
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function start(): Promise<FastifyInstance> {
  const { runtime, auth } = testRuntime;
  metrics = createMetrics(clusterGauges(runtime));
  // Fresh numbers on every scrape: these tests read the queue right after changing it.
  const app = await buildApp(runtime, { auth, metrics, metricsCacheMs: 0 });
  apps.push(app);
  return app;
}

async function scrape(app: FastifyInstance): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.body;
}

async function createJob(app: FastifyInstance, input: Record<string, unknown>): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input } });
  expect(response.statusCode).toBe(202);
  return response.json().id;
}

// Generous, so a busy machine slows these tests down rather than failing them.
const patience = { timeout: 10_000, interval: 20 };

async function waitForState(app: FastifyInstance, jobId: string, state: JobRecord['state']): Promise<void> {
  await vi.waitFor(async () => {
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${jobId}` })).json().state).toBe(state);
  }, patience);
}

describe('GET /metrics', () => {
  it('counts requests by route pattern, per app', async () => {
    const app = await start();
    const other = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
    apps.push(other);
    await app.inject({ method: 'GET', url: '/api/jobs/job-404' });
    expect(await scrape(app)).toContain('kiln_http_request_duration_seconds_count{method="GET",route="/api/jobs/:id",status_code="404"} 1');
    expect(await scrape(other)).not.toContain('route="/api/jobs/:id"');
  });

  it('reports the queue depth when scraped', async () => {
    const app = await start();
    const running = await createJob(app, { steps: 1, delayMs: 10_000, label: 'queue-depth-blocker' });
    await waitForState(app, running, 'running');
    const waiting = [await createJob(app, { label: 'queue-depth-a' }), await createJob(app, { label: 'queue-depth-b' })];
    expect(await scrape(app)).toMatch(/^kiln_queue_depth 2$/m);
    const text = await scrape(app);
    expect(text).toMatch(/^kiln_jobs\{pipeline="diagnostic",state="queued"\} 2$/m);
    expect(text).toMatch(/^kiln_jobs\{pipeline="diagnostic",state="running"\} 1$/m);
    // A pipeline with nothing to do is shown at 0 rather than left out.
    expect(text).toMatch(/^kiln_jobs\{pipeline="story",state="queued"\} 0$/m);
    for (const jobId of [...waiting, running]) {
      expect((await app.inject({ method: 'POST', url: `/api/jobs/${jobId}/cancel` })).statusCode).toBe(200);
    }
    expect(await scrape(app)).toMatch(/^kiln_queue_depth 0$/m);
    expect(await scrape(app)).toMatch(/^kiln_jobs\{pipeline="diagnostic",state="queued"\} 0$/m);
  });

  it('shows the step durations of a job the worker ran, by step name, and its outcome', async () => {
    const app = await start();
    const jobId = await createJob(app, { steps: 2, delayMs: 50, label: 'metrics-end-to-end' });
    await waitForState(app, jobId, 'succeeded');
    // The job row is written before the event reaches the metrics, so wait for the count.
    await vi.waitFor(async () => expect(await scrape(app)).toContain('kiln_jobs_finished_total{outcome="succeeded"} 1'), patience);
    const text = await scrape(app);
    for (const step of ['wait-1', 'wait-2', 'report']) {
      expect(text).toContain(`kiln_step_duration_seconds_count{step="${step}",cached="false"} 1`);
    }
    const waitSeconds = Number(text.match(/^kiln_step_duration_seconds_sum\{step="wait-1",cached="false"\} (\S+)$/m)?.[1]);
    expect(waitSeconds).toBeGreaterThanOrEqual(0.05);
    expect(text).toMatch(/^kiln_job_duration_seconds_count\{outcome="succeeded"\} 1$/m);
    expect(text).toContain('kiln_steps_total{step="wait-1",cached="false"} 1');
    expect(text).toMatch(/^kiln_queue_depth 0$/m);
  });
});

/** The sum of every kiln_steps_total sample in a scrape, as `sum(kiln_steps_total)` would give. */
function stepsTotal(text: string): number {
  return [...text.matchAll(/^kiln_steps_total\{[^}]*\} (\S+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
}

describe('two processes on one database', () => {
  it('counts a job\'s steps on the process that ran them only, so the sum over both is the steps run', async () => {
    const app = await start();
    // A second process that runs nothing: its own event bus on the same database, wired to its own
    // metrics as the runtime wires them, hears every event the first publishes.
    const otherMetrics = createMetrics(clusterGauges(testRuntime.runtime));
    const otherBus = createJobEvents({ database: testRuntime.runtime.database! });
    const heard: ProgressEvent[] = [];
    await otherBus.subscribeAll((event, origin) => {
      heard.push(event);
      otherMetrics.observeProgressEvent(event, origin);
    });
    try {
      const jobId = await createJob(app, { steps: 2, delayMs: 10, label: 'metrics-two-processes' });
      await vi.waitFor(() => expect(heard.some((event) => event.jobId === jobId && event.type === 'job-end')).toBe(true), patience);
      await vi.waitFor(async () => expect(await scrape(app)).toContain('kiln_jobs_finished_total{outcome="succeeded"} 1'), patience);
      const stepsRun = heard.filter((event) => event.jobId === jobId && event.type === 'step-end').length;
      expect(stepsRun).toBe(3);
      const [ran, idle] = [await scrape(app), await otherMetrics.registry.metrics()];
      expect(stepsTotal(ran)).toBe(stepsRun);
      expect(stepsTotal(idle)).toBe(0);
      expect(stepsTotal(ran) + stepsTotal(idle)).toBe(stepsRun);
      expect(idle).not.toContain('kiln_jobs_finished_total{');
      // The cluster gauges read the shared database: the same on both, so max() is the right aggregate.
      expect(idle).toMatch(/^kiln_queue_depth 0$/m);
      expect(ran).toMatch(/^kiln_queue_depth 0$/m);
    } finally {
      await otherBus.close();
    }
  });
});

describe('observeProgressEvent', () => {
  const stepEnd = (jobId: string, step: string, at: string): ProgressEvent => ({ type: 'step-end', jobId, at, step, cached: false, durationMs: 1000, servedBy: [], assetIds: [] });

  it('counts only events published here; one from elsewhere lends only its job\'s start time', async () => {
    const metrics = createMetrics();
    const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();
    // The job ran on another process, and was cancelled through this one's API.
    metrics.observeProgressEvent({ type: 'job-start', jobId: 'j1', at: at(0), steps: ['analyze'] }, 'elsewhere');
    metrics.observeProgressEvent(stepEnd('j1', 'analyze', at(1)), 'elsewhere');
    metrics.observeProgressEvent({ type: 'job-end', jobId: 'j0', at: at(2), output: {} }, 'elsewhere');
    metrics.observeProgressEvent({ type: 'job-error', jobId: 'j1', at: at(6), code: 'cancelled', message: 'The job was cancelled.' }, 'here');
    const text = await metrics.registry.metrics();
    expect(stepsTotal(text)).toBe(0);
    expect(text).not.toContain('kiln_step_duration_seconds_count{');
    expect(text).not.toContain('kiln_jobs_finished_total{outcome="succeeded"}');
    expect(text).toContain('kiln_jobs_finished_total{outcome="cancelled"} 1');
    expect(text).toContain('kiln_job_duration_seconds_sum{outcome="cancelled"} 6');
    // A process without cluster gauges (a worker) does not repeat them.
    expect(text).not.toContain('kiln_queue_depth');
    expect(text).not.toMatch(/^kiln_jobs\{/m);
  });

  const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString();

  it('records step durations by step and cache use, and job outcomes with their durations', async () => {
    const metrics = createMetrics();
    metrics.observeProgressEvent({ type: 'job-start', jobId: 'j1', at: at(0), steps: ['analyze'] });
    metrics.observeProgressEvent({ type: 'step-end', jobId: 'j1', at: at(3), step: 'analyze', cached: false, durationMs: 2500, servedBy: [], assetIds: [] });
    metrics.observeProgressEvent({ type: 'job-end', jobId: 'j1', at: at(4), output: {} });
    metrics.observeProgressEvent({ type: 'job-error', jobId: 'j2', at: at(5), code: 'cancelled', message: 'The job was cancelled.' });
    const text = await metrics.registry.metrics();
    expect(text).toContain('kiln_step_duration_seconds_sum{step="analyze",cached="false"} 2.5');
    expect(text).toContain('kiln_jobs_finished_total{outcome="succeeded"} 1');
    expect(text).toContain('kiln_jobs_finished_total{outcome="cancelled"} 1');
    expect(text).toContain('kiln_job_duration_seconds_sum{outcome="succeeded"} 4');
    // j2's start was never seen here, so it has no duration, only a count.
    expect(text).not.toContain('kiln_job_duration_seconds_count{outcome="cancelled"}');
  });
});
