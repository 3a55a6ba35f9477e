/** Managing jobs over HTTP: titles and thumbnails in the list, filters, retry and delete. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';

let local: TestRuntime;
let app: FastifyInstance;
beforeAll(async () => {
  // One job at a time, so a long job stays running while a test acts on it.
  local = await createTestRuntime({ workerConcurrency: 1 });
  app = await buildApp(local.runtime, { auth: local.auth });
});
afterAll(async () => {
  await app?.close();
  await local?.close();
});

const patience = { timeout: 15_000, interval: 20 };

async function createJob(input: Record<string, unknown>): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/jobs', payload: { pipeline: 'diagnostic', input } });
  expect(response.statusCode).toBe(202);
  return response.json().id;
}

async function waitForState(jobId: string, state: JobRecord['state']): Promise<JobRecord & { title?: string | null }> {
  let job: JobRecord | undefined;
  await vi.waitFor(async () => {
    job = (await app.inject({ method: 'GET', url: `/api/jobs/${jobId}` })).json();
    expect(job?.state).toBe(state);
  }, patience);
  return job!;
}

const storeAsset = (jobId: string | null, name: string, mediaType = 'image/png') =>
  local.runtime.assets.put({ ownerId: 'local', data: new Uint8Array([1, 2, 3, name.length]), mediaType, name, jobId });

describe('GET /api/jobs', () => {
  it('gives each job a title and a thumbnail from what it made, and filters by pipeline and state', async () => {
    const id = await createJob({ steps: 1, label: 'titled job' });
    await waitForState(id, 'succeeded');
    const picture = await storeAsset(id, 'picture.png');
    await storeAsset(id, 'later.png');

    const listed = (await app.inject({ method: 'GET', url: '/api/jobs?pipeline=diagnostic&state=succeeded' })).json().jobs;
    expect(listed.find((job: { id: string }) => job.id === id)).toMatchObject({ title: 'titled job', thumbnailAssetId: picture.id });
    expect(listed.every((job: JobRecord) => job.state === 'succeeded' && job.pipeline === 'diagnostic')).toBe(true);
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${id}` })).json()).toMatchObject({ title: 'titled job' });
    expect((await app.inject({ method: 'GET', url: '/api/jobs?state=failed' })).json().jobs.some((job: { id: string }) => job.id === id)).toBe(false);
    expect((await app.inject({ method: 'GET', url: '/api/jobs?state=finished' })).statusCode).toBe(400);
  });
});

describe('POST /api/jobs/:id/retry', () => {
  it('queues a new job with the same input for a cancelled job, and refuses a running or succeeded one', async () => {
    const id = await createJob({ steps: 1, delayMs: 10_000, label: 'retry me' });
    await waitForState(id, 'running');
    const early = await app.inject({ method: 'POST', url: `/api/jobs/${id}/retry` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/only a failed or cancelled job can be retried/);
    expect((await app.inject({ method: 'POST', url: `/api/jobs/${id}/cancel` })).statusCode).toBe(200);

    const retried = await app.inject({ method: 'POST', url: `/api/jobs/${id}/retry` });
    expect(retried.statusCode).toBe(202);
    const job = retried.json();
    expect(job.id).not.toBe(id);
    expect(job.input).toEqual({ steps: 1, delayMs: 10_000, label: 'retry me' });
    expect(retried.headers.location).toBe(`/api/jobs/${job.id}`);
    await app.inject({ method: 'POST', url: `/api/jobs/${job.id}/cancel` });
    expect((await waitForState(id, 'cancelled')).id).toBe(id);
  });
});

describe('DELETE /api/jobs/:id', () => {
  it('refuses a running job with a sentence, then deletes it with the files only it used', async () => {
    const id = await createJob({ steps: 1, delayMs: 10_000, label: 'delete me' });
    await waitForState(id, 'running');
    const mine = await storeAsset(id, 'only-mine.png');
    const shared = await storeAsset(id, 'shared.png');
    // Another job names the second file (as a cached step's output would), so it must stay.
    const other = await createJob({ steps: 1, label: `uses ${shared.id}` });

    const refused = await app.inject({ method: 'DELETE', url: `/api/jobs/${id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(`Job ${id} is still running; cancel it first, then delete it.`);
    expect((await app.inject({ method: 'GET', url: `/api/assets/${mine.id}` })).statusCode).toBe(200);

    await app.inject({ method: 'POST', url: `/api/jobs/${id}/cancel` });
    const deleted = await app.inject({ method: 'DELETE', url: `/api/jobs/${id}` });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual({ deletedAssets: 1 });
    expect((await app.inject({ method: 'GET', url: `/api/assets/${mine.id}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: `/api/assets/${shared.id}` })).statusCode).toBe(200);
    const ids = (await app.inject({ method: 'GET', url: '/api/jobs?limit=200' })).json().jobs.map((job: { id: string }) => job.id);
    expect(ids).not.toContain(id);
    expect(ids).toContain(other);
    expect((await app.inject({ method: 'DELETE', url: `/api/jobs/${id}` })).statusCode).toBe(404);
  });

  it('answers 404 for another user\'s job, deleting nothing', async () => {
    const jwt = await createTestRuntime({ authMode: 'jwt' });
    const jwtApp = await buildApp(jwt.runtime, { auth: jwt.auth });
    try {
      const owner = await jwt.bearer('ann');
      const created = await jwtApp.inject({ method: 'POST', url: '/api/jobs', headers: owner, payload: { pipeline: 'diagnostic', input: { steps: 1 } } });
      const jobId = created.json().id;
      await vi.waitFor(async () => {
        expect((await jwtApp.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: owner })).json().state).toBe('succeeded');
      }, patience);
      const stranger = await jwtApp.inject({ method: 'DELETE', url: `/api/jobs/${jobId}`, headers: await jwt.bearer('bob') });
      expect(stranger.statusCode).toBe(404);
      expect((await jwtApp.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: owner })).statusCode).toBe(200);
    } finally {
      await jwtApp.close();
      await jwt.close();
    }
  });
});

describe('GET /api/speech/voices', () => {
  it('lists the built-in narrator\'s languages and voice variants, read from eSpeak-NG', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/speech/voices' });
    expect(response.statusCode).toBe(200);
    const [narrator] = response.json().backends;
    expect(narrator).toMatchObject({ model: 'builtin:narrator', listed: true });
    expect(narrator.languages).toContainEqual({ code: 'en-gb', name: 'English (Great Britain)', status: 'mature', family: 'gmw' });
    // How well each is spoken comes from eSpeak-NG's own voice files, so the form can lead with those.
    expect(narrator.languages).toContainEqual({ code: 'uk', name: 'Ukrainian', status: 'testing', family: 'zle' });
    expect(narrator.languages).toContainEqual({ code: 'qya', name: 'Quenya', status: 'unrated', family: 'art' });
    expect(narrator.languages.length).toBeGreaterThan(50);
    expect(narrator.variants.some((variant: { gender: string }) => variant.gender === 'female')).toBe(true);
  });
});
