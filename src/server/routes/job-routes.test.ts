import { request as httpRequest } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildApp, type BuildAppOptions } from '../build-app.ts';
import { createFakeRuntime, type FakeRuntime } from '../testing/fake-runtime.ts';

const secret = 'jobs-test-secret-with-enough-characters-in-it';
const at = '2026-01-01T00:00:10.000Z';

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(runtime: FakeRuntime, options: Partial<BuildAppOptions> = {}): Promise<FastifyInstance> {
  const auth = runtime.authMode === 'jwt' ? { mode: 'jwt' as const, secret } : { mode: 'local' as const };
  app = await buildApp(runtime, { auth, ...options });
  return app;
}

const bearer = async (sub: string) => ({
  authorization: `Bearer ${await new SignJWT({ sub }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('5m').sign(new TextEncoder().encode(secret))}`,
});

describe('POST /api/jobs', () => {
  it('queues a job and answers 202 with its record and location', async () => {
    const response = await (await start(createFakeRuntime())).inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'echo', input: { text: 'hi' } } });
    expect(response.statusCode).toBe(202);
    const job = response.json();
    expect(job).toMatchObject({ pipeline: 'echo', state: 'queued', ownerId: 'local', input: { text: 'hi', repeat: 1 } });
    expect(response.headers.location).toBe(`/api/jobs/${job.id}`);
  });

  it('names the pipelines there are when asked for one that is not', async () => {
    const response = await (await start(createFakeRuntime())).inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'nope', input: {} } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'bad_input', message: 'There is no pipeline named "nope"; choose one of: echo.', details: { pipelines: ['echo'] },
    });
  });

  it('passes the job service\'s refusal of bad input through as 400', async () => {
    const response = await (await start(createFakeRuntime())).inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'echo', input: { text: 5 } } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_input');
  });

  it('limits job creation per user, answering 429 with Retry-After', async () => {
    const target = await start(createFakeRuntime(), { rateLimits: { 'jobs-create': { max: 2, timeWindow: 60_000 } } });
    const create = () => target.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'echo', input: { text: 'x' } } });
    expect((await create()).statusCode).toBe(202);
    expect((await create()).statusCode).toBe(202);
    const refused = await create();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error).toMatchObject({ code: 'rate_limited', details: { family: 'jobs-create', limit: 2 } });
    // Reads have their own budget.
    expect((await target.inject({ method: 'GET', url: '/api/jobs' })).statusCode).toBe(200);
  });
});

describe('reading and cancelling jobs', () => {
  it('shows each user only their own jobs; another user\'s answers 404', async () => {
    const target = await start(createFakeRuntime({ authMode: 'jwt' }));
    const alice = await bearer('alice');
    const bob = await bearer('bob');
    const created = (await target.inject({ method: 'POST', url: '/api/jobs', headers: alice, payload: { pipeline: 'echo', input: { text: 'a' } } })).json();
    expect((await target.inject({ method: 'GET', url: '/api/jobs', headers: alice })).json().jobs.map((job: { id: string }) => job.id)).toEqual([created.id]);
    expect((await target.inject({ method: 'GET', url: '/api/jobs', headers: bob })).json()).toEqual({ jobs: [] });
    for (const [method, url] of [['GET', `/api/jobs/${created.id}`], ['POST', `/api/jobs/${created.id}/cancel`], ['GET', `/api/jobs/${created.id}/events`]] as const) {
      const response = await target.inject({ method, url, headers: bob, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    }
  });

  it('cancels a queued job, and answers 409 when it has already ended', async () => {
    const target = await start(createFakeRuntime());
    const { id } = (await target.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'echo', input: { text: 'a' } } })).json();
    const cancelled = await target.inject({ method: 'POST', url: `/api/jobs/${id}/cancel` });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().state).toBe('cancelled');
    const again = await target.inject({ method: 'POST', url: `/api/jobs/${id}/cancel` });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
  });
});

describe('GET /api/jobs/:id/events', () => {
  async function createJob(target: FastifyInstance): Promise<string> {
    return (await target.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'echo', input: { text: 'a' } } })).json().id;
  }

  it('sends a snapshot, then live events, and ends after job-end', async () => {
    const runtime = createFakeRuntime();
    const target = await start(runtime);
    const jobId = await createJob(target);
    const response = target.inject({ method: 'GET', url: `/api/jobs/${jobId}/events` });
    await vi.waitFor(() => expect(runtime.openSubscriptions()).toBe(1));
    runtime.emit({ type: 'job-start', jobId, at, steps: ['say'] });
    runtime.emit({ type: 'step-progress', jobId, at, step: 'say', fraction: 0.5 });
    runtime.emit({ type: 'job-end', jobId, at, output: { said: 'a' } });
    const finished = await response;
    expect(finished.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const events = finished.body.trim().split('\n\n').map((block) => block.split('\n'));
    expect(events.map(([eventLine]) => eventLine)).toEqual(['event: snapshot', 'event: job-start', 'event: step-progress', 'event: job-end']);
    expect(JSON.parse(events[0][1].slice('data: '.length))).toMatchObject({ id: jobId, state: 'queued' });
    expect(JSON.parse(events[3][1].slice('data: '.length))).toEqual({ type: 'job-end', jobId, at, output: { said: 'a' } });
    expect(runtime.openSubscriptions()).toBe(0);
  });

  it('ends at once, after the snapshot, for a job that already ended', async () => {
    const runtime = createFakeRuntime();
    const target = await start(runtime);
    const jobId = await createJob(target);
    await target.inject({ method: 'POST', url: `/api/jobs/${jobId}/cancel` });
    const response = await target.inject({ method: 'GET', url: `/api/jobs/${jobId}/events` });
    expect(response.body).toMatch(/^event: snapshot\ndata: \{.*"state":"cancelled".*\}\n\n$/);
    expect(runtime.openSubscriptions()).toBe(0);
  });

  it('checks ownership before subscribing', async () => {
    const runtime = createFakeRuntime();
    const target = await start(runtime);
    expect((await target.inject({ method: 'GET', url: '/api/jobs/job-999/events' })).statusCode).toBe(404);
    expect(runtime.subscribeCalls).toBe(0);
  });

  it('sends keep-alive comments while nothing happens', async () => {
    const runtime = createFakeRuntime();
    const target = await start(runtime, { eventsKeepAliveMs: 10 });
    const jobId = await createJob(target);
    const response = target.inject({ method: 'GET', url: `/api/jobs/${jobId}/events` });
    await vi.waitFor(() => expect(runtime.openSubscriptions()).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    runtime.emit({ type: 'job-error', jobId, at, code: 'cancelled', message: 'The job was cancelled.' });
    const body = (await response).body;
    expect(body).toContain(': keep-alive\n\n');
    expect(body.trim().endsWith('"message":"The job was cancelled."}')).toBe(true);
  });

  it('unsubscribes when the client goes away', async () => {
    const runtime = createFakeRuntime();
    const target = await start(runtime);
    const jobId = await createJob(target);
    const address = await target.listen({ host: '127.0.0.1', port: 0 });
    const clientRequest = httpRequest(`${address}/api/jobs/${jobId}/events`);
    const firstChunk = new Promise<string>((resolve, reject) => {
      clientRequest.on('response', (response) => response.once('data', (chunk) => resolve(String(chunk))));
      clientRequest.on('error', reject);
    });
    clientRequest.end();
    expect(await firstChunk).toMatch(/^event: snapshot/);
    expect(runtime.openSubscriptions()).toBe(1);
    clientRequest.destroy();
    await vi.waitFor(() => expect(runtime.openSubscriptions()).toBe(0));
  });
});
