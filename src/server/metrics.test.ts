import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from './build-app.ts';
import { createMetrics } from './metrics.ts';
import { createFakeRuntime } from './testing/fake-runtime.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

async function start(): Promise<FastifyInstance> {
  const app = await buildApp(createFakeRuntime(), { auth: { mode: 'local' } });
  apps.push(app);
  return app;
}

async function scrape(app: FastifyInstance): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/metrics' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.body;
}

describe('GET /metrics', () => {
  it('counts requests by route pattern, per app', async () => {
    const app = await start();
    const other = await start();
    await app.inject({ method: 'GET', url: '/api/jobs/job-404' });
    expect(await scrape(app)).toContain('kiln_http_request_duration_seconds_count{method="GET",route="/api/jobs/:id",status_code="404"} 1');
    expect(await scrape(other)).not.toContain('route="/api/jobs/:id"');
  });

  it('reports the queue depth when scraped', async () => {
    const app = await start();
    for (const text of ['a', 'b']) await app.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'echo', input: { text } } });
    expect(await scrape(app)).toMatch(/^kiln_queue_depth 2$/m);
  });
});

describe('observeProgressEvent', () => {
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
