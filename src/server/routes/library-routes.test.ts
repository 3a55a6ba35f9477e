/** The Library over HTTP: what each user made, paged and filtered, and never another user's. */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { japaneseVtt } from '../../pipelines/vocabulary/testing/sample-transcripts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { multipartBody } from '../testing/multipart-body.ts';

let testRuntime: TestRuntime;
let app: FastifyInstance;
let alice: { authorization: string };
let bob: { authorization: string };

beforeAll(async () => {
  testRuntime = await createTestRuntime({ authMode: 'jwt' });
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth });
  alice = await testRuntime.bearer('alice');
  bob = await testRuntime.bearer('bob');
}, 60_000);
afterAll(async () => {
  await app?.close();
  await testRuntime?.close();
});

async function uploadStream(title: string, headers: { authorization: string }): Promise<string> {
  const body = multipartBody([
    { kind: 'field', field: 'title', value: title },
    { kind: 'file', field: 'file', filename: 'stream.vtt', contentType: 'text/vtt', data: Buffer.from(japaneseVtt) },
  ]);
  const response = await app.inject({ method: 'POST', url: '/api/vocabulary/streams', headers: { ...headers, ...body.headers }, payload: body.payload });
  expect(response.statusCode, response.body).toBe(202);
  const jobId = response.json().id as string;
  await vi.waitFor(async () => {
    expect((await app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers })).json().state).toBe('succeeded');
  }, { timeout: 30_000, interval: 50 });
  return jobId;
}

const library = async (query: string, headers: { authorization: string }) => {
  const response = await app.inject({ method: 'GET', url: `/api/library${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { jobId: string; studio: string; state: string; title: string | null }[]; total: number; page: number };
};

describe('GET /api/library', () => {
  let first: string;
  let second: string;
  let bobs: string;

  it('lists what each user made, titled from its input, and none of another user\'s', async () => {
    first = await uploadStream('Collab night', alice);
    second = await uploadStream('Morning chat', alice);
    bobs = await uploadStream('Bob only', bob);
    // A system check is not something a person made: it stays in Jobs, out of the Library.
    const check = await app.inject({ method: 'POST', url: '/api/jobs', headers: alice, payload: { pipeline: 'diagnostic', input: { steps: 1, label: 'check' } } });
    expect(check.statusCode).toBe(202);

    const mine = await library('', alice);
    expect(mine.items.map((item) => item.jobId)).toEqual([second, first]);
    expect(mine.items[0]).toMatchObject({ studio: 'vocabulary', state: 'succeeded', title: 'Morning chat' });
    expect(mine.total).toBe(2);
    const theirs = await library('', bob);
    expect(theirs.items.map((item) => item.jobId)).toEqual([bobs]);
    expect(theirs.total).toBe(1);
  }, 90_000);

  it('pages newest first and filters by studio and state', async () => {
    expect((await library('?perPage=1&page=1', alice)).items.map((item) => item.jobId)).toEqual([second]);
    const page2 = await library('?perPage=1&page=2', alice);
    expect(page2).toMatchObject({ page: 2, total: 2 });
    expect(page2.items.map((item) => item.jobId)).toEqual([first]);
    expect((await library('?studio=music-video', alice)).total).toBe(0);
    expect((await library('?studio=vocabulary&state=succeeded', alice)).total).toBe(2);
    expect((await library('?state=failed', alice)).items).toEqual([]);
    const refused = await app.inject({ method: 'GET', url: '/api/library?studio=diagnostic', headers: alice });
    expect(refused.statusCode).toBe(400);
  });

  it('drops a deleted item, and another user cannot delete it', async () => {
    expect((await app.inject({ method: 'DELETE', url: `/api/jobs/${first}`, headers: bob })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/jobs/${first}`, headers: alice })).statusCode).toBe(200);
    expect((await library('', alice)).items.map((item) => item.jobId)).toEqual([second]);
    expect((await library('', bob)).total).toBe(1);
  });
});
