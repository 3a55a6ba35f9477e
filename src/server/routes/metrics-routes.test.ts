import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp, type BuildAppOptions } from '../build-app.ts';
import { createMetrics } from '../metrics.ts';
import { metricsRoutes } from './metrics-routes.ts';

const apps: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.close()));
});

describe('GET /metrics: one collection a second', () => {
  async function cachedApp() {
    const metrics = createMetrics();
    const collect = vi.spyOn(metrics.registry, 'metrics');
    let now = 1_000_000;
    const app = Fastify();
    apps.push(app);
    await app.register(metricsRoutes, { metrics, cacheMs: 1000, now: () => now });
    return { app, collect, advance: (ms: number) => { now += ms; } };
  }

  it('answers ten scrapes at once from one collection', async () => {
    const { app, collect } = await cachedApp();
    const answers = await Promise.all(Array.from({ length: 10 }, () => app.inject({ method: 'GET', url: '/metrics' })));
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(10).fill(200));
    expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
    expect(collect).toHaveBeenCalledTimes(1);
  });

  it('collects again once the second is over', async () => {
    const { app, collect, advance } = await cachedApp();
    await app.inject({ method: 'GET', url: '/metrics' });
    advance(999);
    await app.inject({ method: 'GET', url: '/metrics' });
    expect(collect).toHaveBeenCalledTimes(1);
    advance(2);
    await app.inject({ method: 'GET', url: '/metrics' });
    expect(collect).toHaveBeenCalledTimes(2);
  });
});

describe('GET /metrics with a metrics token', () => {
  let testRuntime: TestRuntime;
  beforeAll(async () => {
    testRuntime = await createTestRuntime();
  });
  afterAll(() => testRuntime.close());

  async function start(options: Partial<BuildAppOptions> = {}) {
    const app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, ...options });
    apps.push(app);
    return app;
  }

  it('requires `Authorization: Bearer <token>` when one is set', async () => {
    const app = await start({ metricsToken: 'scrape-me-0123456789' });
    const missing = await app.inject({ method: 'GET', url: '/metrics' });
    expect(missing.statusCode).toBe(401);
    expect(missing.json().error).toEqual({ code: 'unauthorized', message: 'This server\'s /metrics needs its metrics token: send `Authorization: Bearer <KILN_METRICS_TOKEN>`.' });
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
    const right = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer scrape-me-0123456789' } });
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('kiln_queue_depth');
  });

  it('is open without one, and the OpenAPI document says which', async () => {
    const open = await start();
    expect((await open.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(200);
    const openDocument = (await open.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(openDocument.paths['/metrics'].get.security).toEqual([]);
    expect(openDocument.paths['/api/health'].get.security).toEqual([]);
    const guarded = await start({ metricsToken: 'scrape-me-0123456789' });
    const guardedDocument = (await guarded.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(guardedDocument.paths['/metrics'].get.security).toEqual([{ metricsToken: [] }]);
  });
});
