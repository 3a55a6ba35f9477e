import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRecord } from '../../runtime/contracts.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { createNotionConnectionStore } from '../../pipelines/vocabulary/sync/notion-connection-store.ts';
import { withOwner } from '../../store/with-owner.ts';
import { buildApp } from '../build-app.ts';

let testRuntime: TestRuntime;
let app: FastifyInstance;
let learner: { authorization: string };
let other: { authorization: string };
const logLines: string[] = [];

// Shaped like a real integration secret, so a leak anywhere is found by its text.
const token = 'ntn_4Q9wTestSecretThatMustNeverComeBack77';
const databaseId = '0123456789abcdef0123456789abcdef';

beforeAll(async () => {
  testRuntime = await createTestRuntime({ authMode: 'jwt' });
  const stream = { write: (line: string) => { logLines.push(line); } };
  app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, logger: { level: 'info', stream } });
  learner = await testRuntime.bearer('learner-1');
  other = await testRuntime.bearer('learner-2');
}, 60_000);
afterAll(async () => {
  await app?.close();
  await testRuntime?.close();
});

const connection = (headers: { authorization: string }) => app.inject({ method: 'GET', url: '/api/connections/notion', headers });
const connect = (headers: { authorization: string }, payload: Record<string, unknown>) => app.inject({ method: 'PUT', url: '/api/connections/notion', headers, payload });

describe('notion connection routes', () => {
  it('needs a signed-in user', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/connections/notion' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'PUT', url: '/api/connections/notion', payload: { token, databaseId } })).statusCode).toBe(401);
    expect((await app.inject({ method: 'DELETE', url: '/api/connections/notion' })).statusCode).toBe(401);
  });

  it('stores a connection that answers only "connected", never the token, and keeps it to its owner', async () => {
    expect((await connection(learner)).json()).toEqual({ connected: false });
    // The database's address as Notion's "Copy link" gives it: the id is taken from it.
    const saved = await connect(learner, { token, databaseId: `https://www.notion.so/kiln/Words-${databaseId}?v=99aa` });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ connected: true, databaseId });
    const read = await connection(learner);
    expect(read.json()).toMatchObject({ connected: true, databaseId });
    expect(logLines.some((line) => line.includes('/api/connections/notion'))).toBe(true);
    for (const body of [saved.body, read.body, logLines.join('\n')]) expect(body).not.toContain(token);
    // At rest it is sealed: the row holds no readable token, and only the sync step's store opens it.
    const database = testRuntime.runtime.database!;
    const rows = await withOwner(database, 'learner-1', (session) => session.query<Record<string, unknown>>('SELECT * FROM notion_connections'));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await createNotionConnectionStore(database, testRuntime.runtime.config).get('learner-1')).toEqual({ token, databaseId });
    // Another user sees nothing of it.
    expect((await connection(other)).json()).toEqual({ connected: false });
    // Replacing it changes the database; removing it forgets it, for its owner only.
    const replaced = await connect(learner, { token: `${token}2`, databaseId: 'fedcba98-7654-3210-fedc-ba9876543210' });
    expect(replaced.json()).toMatchObject({ connected: true, databaseId: 'fedcba9876543210fedcba9876543210' });
    expect((await app.inject({ method: 'DELETE', url: '/api/connections/notion', headers: other })).statusCode).toBe(204);
    expect((await connection(learner)).json().connected).toBe(true);
    expect((await app.inject({ method: 'DELETE', url: '/api/connections/notion', headers: learner })).statusCode).toBe(204);
    expect((await connection(learner)).json()).toEqual({ connected: false });
  });

  it('refuses a token or database id that cannot be right, with a sentence, storing nothing and echoing no secret', async () => {
    const short = await connect(learner, { token: 'ntn_short', databaseId });
    expect(short.statusCode).toBe(400);
    expect(short.body).toMatch(/notion\.so\/my-integrations/);
    const spaced = await connect(learner, { token: `${token} ${token}`, databaseId });
    expect(spaced.statusCode).toBe(400);
    expect(spaced.body).not.toContain(token);
    const noId = await connect(learner, { token, databaseId: 'my words' });
    expect(noId.statusCode).toBe(400);
    expect(noId.body).toMatch(/32 letters and digits/);
    expect(noId.body).not.toContain(token);
    expect((await connect(learner, { token, databaseId, extra: 1 })).statusCode).toBe(400);
    expect((await connection(learner)).json()).toEqual({ connected: false });
    // Nor does the log of the refusals hold it.
    expect(logLines.join('\n')).not.toContain(token);
  });

  it('lets a user who is not an administrator send words to their own Notion, and only to it', async () => {
    await app.inject({ method: 'DELETE', url: '/api/connections/notion', headers: other });
    // Without a connection: the operator's Notion, for administrators only.
    expect((await app.inject({ method: 'POST', url: '/api/vocabulary/sync', headers: other, payload: { to: 'notion' } })).statusCode).toBe(403);
    await connect(other, { token, databaseId });
    const started = await app.inject({ method: 'POST', url: '/api/vocabulary/sync', headers: other, payload: { to: 'notion' } });
    expect(started.statusCode, started.body).toBe(202);
    const job = started.json() as JobRecord;
    expect(job.input).toMatchObject({ to: 'notion', account: 'own' });
    expect(started.body).not.toContain(token);
    await app.inject({ method: 'POST', url: `/api/jobs/${job.id}/cancel`, headers: other });
    // Anki stays the operator's.
    expect((await app.inject({ method: 'POST', url: '/api/vocabulary/sync', headers: other, payload: { to: 'anki' } })).statusCode).toBe(403);
  });

  it('fails a sync whose own connection was removed before it ran, rather than using the operator\'s Notion', async () => {
    await connect(other, { token, databaseId });
    // Two slow jobs hold the worker, so the sync waits in the queue while its connection is removed.
    const blockers = await Promise.all([1, 2].map(() => testRuntime.runtime.jobs.create('learner-2', 'diagnostic', { steps: 1, delayMs: 3000 })));
    const started = await app.inject({ method: 'POST', url: '/api/vocabulary/sync', headers: other, payload: { to: 'notion' } });
    expect(started.statusCode, started.body).toBe(202);
    const queued = started.json() as JobRecord;
    expect((await app.inject({ method: 'DELETE', url: '/api/connections/notion', headers: other })).statusCode).toBe(204);
    for (const blocker of blockers) await app.inject({ method: 'POST', url: `/api/jobs/${blocker.id}/cancel`, headers: other });
    let record: JobRecord;
    do {
      await new Promise((resolve) => setTimeout(resolve, 100));
      record = (await app.inject({ method: 'GET', url: `/api/jobs/${queued.id}`, headers: other })).json() as JobRecord;
    } while (!['succeeded', 'failed', 'cancelled'].includes(record.state));
    expect(record.state).toBe('failed');
    expect(record.error?.message).toMatch(/^Your Notion connection was removed before the words were sent/);
  });
});
