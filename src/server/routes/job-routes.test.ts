import { request as httpRequest } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JobRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp, type BuildAppOptions } from '../build-app.ts';

/**
 * The real runtime with jobs.subscribe wrapped to count subscriptions, because the runtime does not
 * say how many listeners it holds, and that event streams let go of theirs is what some tests check.
 */
function countSubscriptions(runtime: KilnRuntime) {
  let calls = 0;
  let open = 0;
  const counted: KilnRuntime = {
    ...runtime,
    jobs: {
      ...runtime.jobs,
      async subscribe(jobId, listener) {
        calls += 1;
        const unsubscribe = await runtime.jobs.subscribe(jobId, listener);
        open += 1;
        let released = false;
        return async () => {
          if (released) return;
          released = true;
          await unsubscribe();
          open -= 1;
        };
      },
    },
  };
  return { runtime: counted, calls: () => calls, open: () => open };
}

let local: TestRuntime;
let subscriptions: ReturnType<typeof countSubscriptions>;
beforeAll(async () => {
  // One job at a time, so a long job holds the next one in the queue for as long as a test needs.
  local = await createTestRuntime({ workerConcurrency: 1 });
  subscriptions = countSubscriptions(local.runtime);
});
afterAll(() => local.close());

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(options: Partial<BuildAppOptions> = {}): Promise<FastifyInstance> {
  app = await buildApp(subscriptions.runtime, { auth: local.auth, ...options });
  return app;
}

type Headers = Record<string, string>;

async function createJob(target: FastifyInstance, input: Record<string, unknown>, headers: Headers = {}): Promise<string> {
  const response = await target.inject({ method: 'POST', url: '/api/jobs', headers, payload: { pipeline: 'diagnostic', input } });
  expect(response.statusCode).toBe(202);
  return response.json().id;
}

// Generous, so a busy machine slows these tests down rather than failing them.
const patience = { timeout: 10_000, interval: 20 };

async function waitForState(target: FastifyInstance, jobId: string, state: JobRecord['state'], headers: Headers = {}): Promise<JobRecord> {
  let job: JobRecord | undefined;
  await vi.waitFor(async () => {
    job = (await target.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers })).json();
    expect(job?.state).toBe(state);
  }, patience);
  return job!;
}

async function cancel(target: FastifyInstance, jobId: string) {
  return target.inject({ method: 'POST', url: `/api/jobs/${jobId}/cancel` });
}

async function jobIds(target: FastifyInstance, headers: Headers = {}): Promise<string[]> {
  return (await target.inject({ method: 'GET', url: '/api/jobs', headers })).json().jobs.map((job: { id: string }) => job.id);
}

describe('POST /api/jobs', () => {
  it('queues a job and answers 202 with its record and location; the worker then runs it', async () => {
    const target = await start();
    const response = await target.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input: { label: 'queued' } } });
    expect(response.statusCode).toBe(202);
    const job = response.json();
    expect(job).toMatchObject({ pipeline: 'diagnostic', state: 'queued', ownerId: 'local', input: { label: 'queued', steps: 3, delayMs: 0 } });
    expect(job.steps.map((step: { name: string }) => step.name)).toEqual(['wait-1', 'wait-2', 'wait-3', 'report']);
    expect(response.headers.location).toBe(`/api/jobs/${job.id}`);
    const finished = await waitForState(target, job.id, 'succeeded');
    expect(finished.output).toEqual({ label: 'queued', steps: 3 });
  });

  it('names the pipelines there are when asked for one that is not, queueing nothing', async () => {
    const target = await start();
    const before = await jobIds(target);
    const known = local.runtime.pipelines.list().map((pipeline) => pipeline.id);
    expect(known).toContain('diagnostic');
    const response = await target.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'nope', input: {} } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'bad_input', message: `There is no pipeline named "nope"; choose one of: ${known.join(', ')}.`, details: { pipelines: known },
    });
    expect(await jobIds(target)).toEqual(before);
  });

  it('passes the job service\'s refusal of bad input through as 400, queueing nothing', async () => {
    const target = await start();
    const before = await jobIds(target);
    const response = await target.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input: { steps: 0, colour: 'red' } } });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('bad_input');
    expect(error.message).toMatch(/^The input does not fit the `diagnostic` pipeline: .*steps: .*"colour"/);
    expect(error.details.issues).toHaveLength(2);
    expect(await jobIds(target)).toEqual(before);
  });

  it('limits job creation per user, answering 429 with Retry-After', async () => {
    const target = await start({ rateLimits: { 'jobs-create': { max: 2, timeWindow: 60_000 } } });
    const create = () => target.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input: { steps: 1, label: 'rate-limited' } } });
    const accepted = [await create(), await create()];
    expect(accepted.map((response) => response.statusCode)).toEqual([202, 202]);
    const before = await jobIds(target);
    const refused = await create();
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().error).toMatchObject({ code: 'rate_limited', details: { family: 'jobs-create', limit: 2 } });
    // Reads have their own budget; the refused job was never recorded.
    expect(await jobIds(target)).toEqual(before);
    for (const response of accepted) await waitForState(target, response.json().id, 'succeeded');
  });
});

describe('reading and cancelling jobs', () => {
  it('cancels a running job, stopping its run, and answers 409 when it has already ended', async () => {
    const target = await start();
    const id = await createJob(target, { steps: 1, delayMs: 10_000, label: 'cancel-running' });
    await waitForState(target, id, 'running');
    const cancelled = await cancel(target, id);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', error: { code: 'cancelled' } });
    const again = await cancel(target, id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    // The worker runs one job at a time: the next one only finishes early if the 10-second wait was stopped.
    await waitForState(target, await createJob(target, { steps: 1, label: 'after-cancel' }), 'succeeded');
    expect((await target.inject({ method: 'GET', url: `/api/jobs/${id}` })).json().state).toBe('cancelled');
  });

  it('answers 409 to cancelling a job that succeeded, leaving it as it was', async () => {
    const target = await start();
    const id = await createJob(target, { steps: 1, label: 'cancel-finished' });
    const finished = await waitForState(target, id, 'succeeded');
    const response = await cancel(target, id);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'conflict', message: expect.stringContaining('succeeded') });
    expect((await target.inject({ method: 'GET', url: `/api/jobs/${id}` })).json()).toEqual(finished);
  });

  describe('with two users', () => {
    let jwt: TestRuntime;
    beforeAll(async () => {
      jwt = await createTestRuntime({ authMode: 'jwt' });
    });
    afterAll(() => jwt.close());

    it('shows each user only their own jobs; another user\'s answers 404', async () => {
      app = await buildApp(jwt.runtime, { auth: jwt.auth });
      const target = app;
      const alice = await jwt.bearer('alice');
      const bob = await jwt.bearer('bob');
      const created = await createJob(target, { steps: 1, delayMs: 300, label: 'alice' }, alice);
      expect(await jobIds(target, alice)).toEqual([created]);
      expect(await jobIds(target, bob)).toEqual([]);
      for (const [method, url] of [['GET', `/api/jobs/${created}`], ['POST', `/api/jobs/${created}/cancel`], ['GET', `/api/jobs/${created}/events`]] as const) {
        const response = await target.inject({ method, url, headers: bob, ...(method === 'POST' ? { payload: {} } : {}) });
        expect(response.statusCode, `${method} ${url}`).toBe(404);
        expect(response.json().error.code).toBe('not_found');
      }
      // Bob's cancel did nothing: Alice's job runs to the end.
      await waitForState(target, created, 'succeeded', alice);
    });
  });
});

describe('GET /api/jobs/:id/events', () => {
  function parseEvents(body: string): { type: string; data: Record<string, unknown> }[] {
    return body.trim().split('\n\n').map((block) => {
      const [eventLine, dataLine] = block.split('\n');
      return { type: eventLine.slice('event: '.length), data: JSON.parse(dataLine.slice('data: '.length)) };
    });
  }

  it('sends a snapshot, then the live events of the run, and ends after job-end', async () => {
    const target = await start();
    // Holds the only worker slot, so the job below is still queued when its stream opens.
    const blocker = await createJob(target, { steps: 1, delayMs: 10_000, label: 'events-blocker' });
    await waitForState(target, blocker, 'running');
    const jobId = await createJob(target, { steps: 1, delayMs: 250, label: 'events' });
    // A queued job says where it stands in line; a running one has no place.
    expect((await target.inject({ method: 'GET', url: `/api/jobs/${jobId}` })).json().queuePosition).toBe(1);
    expect((await target.inject({ method: 'GET', url: `/api/jobs/${blocker}` })).json().queuePosition).toBeNull();
    const response = target.inject({ method: 'GET', url: `/api/jobs/${jobId}/events` });
    await vi.waitFor(() => expect(subscriptions.open()).toBe(1), patience);
    expect((await cancel(target, blocker)).statusCode).toBe(200);
    const finished = await response;
    expect(finished.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const events = parseEvents(finished.body);
    expect(events[0]).toMatchObject({ type: 'snapshot', data: { id: jobId, state: 'queued' } });
    expect(events.slice(1).every((event) => event.data.jobId === jobId)).toBe(true);
    const progress = events.filter((event) => event.type === 'step-progress');
    expect(progress.map((event) => event.data.step)).toContain('wait-1');
    expect(events.filter((event) => event.type !== 'step-progress').map((event) => `${event.type} ${event.data.step ?? ''}`.trim())).toEqual([
      'snapshot', 'job-start', 'step-start wait-1', 'step-end wait-1', 'step-start report', 'step-end report', 'job-end',
    ]);
    expect(events.at(-1)!.data).toEqual({ type: 'job-end', jobId, at: expect.any(String), output: { label: 'events', steps: 1 } });
    expect(subscriptions.open()).toBe(0);
  });

  it('ends at once, after the snapshot, for a job that already ended', async () => {
    const target = await start();
    const jobId = await createJob(target, { steps: 1, label: 'events-ended' });
    await waitForState(target, jobId, 'succeeded');
    const response = await target.inject({ method: 'GET', url: `/api/jobs/${jobId}/events` });
    expect(response.body).toMatch(/^event: snapshot\ndata: \{.*"state":"succeeded".*\}\n\n$/);
    expect(subscriptions.open()).toBe(0);
  });

  it('checks ownership before subscribing', async () => {
    const target = await start();
    const callsBefore = subscriptions.calls();
    expect((await target.inject({ method: 'GET', url: '/api/jobs/job-999/events' })).statusCode).toBe(404);
    expect(subscriptions.calls()).toBe(callsBefore);
  });

  it('sends keep-alive comments while nothing happens, and ends when the job is cancelled', async () => {
    const target = await start({ eventsKeepAliveMs: 10 });
    const jobId = await createJob(target, { steps: 1, delayMs: 10_000, label: 'keep-alive' });
    await waitForState(target, jobId, 'running');
    const response = target.inject({ method: 'GET', url: `/api/jobs/${jobId}/events` });
    await vi.waitFor(() => expect(subscriptions.open()).toBe(1), patience);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await cancel(target, jobId)).statusCode).toBe(200);
    const body = (await response).body;
    expect(body).toContain(': keep-alive\n\n');
    expect(body.trim().endsWith('"message":"The job was cancelled."}')).toBe(true);
    expect(subscriptions.open()).toBe(0);
  });

  it('unsubscribes when the client goes away', async () => {
    const target = await start();
    const jobId = await createJob(target, { steps: 1, delayMs: 10_000, label: 'client-gone' });
    const address = await target.listen({ host: '127.0.0.1', port: 0 });
    const clientRequest = httpRequest(`${address}/api/jobs/${jobId}/events`);
    const firstChunk = new Promise<string>((resolve, reject) => {
      clientRequest.on('response', (response) => response.once('data', (chunk) => resolve(String(chunk))));
      clientRequest.on('error', reject);
    });
    clientRequest.end();
    expect(await firstChunk).toMatch(/^event: snapshot/);
    expect(subscriptions.open()).toBe(1);
    clientRequest.destroy();
    await vi.waitFor(() => expect(subscriptions.open()).toBe(0), patience);
    expect((await cancel(target, jobId)).statusCode).toBe(200);
  });
});
