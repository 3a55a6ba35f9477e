import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../../runtime/testing/tool-missing.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { startTemporaryPostgres, type TemporaryPostgres } from '../../store/testing/temporary-postgres.ts';
import { buildApp } from '../build-app.ts';
import { openTestSocket } from './testing/open-test-socket.ts';

// Two `kiln serve` processes on one database, as behind a load balancer: each its own runtime
// (connections, queue, worker) and app, one temporary PostgreSQL between them.
describe.skipIf(toolMissing('postgres'))('live sessions across two servers on one Postgres', () => {
  let postgres: TemporaryPostgres;
  const runtimes: TestRuntime[] = [];
  const apps: FastifyInstance[] = [];
  const hosts: string[] = [];

  beforeAll(async () => {
    postgres = await startTemporaryPostgres();
    const databaseUrl = await postgres.createDatabase();
    for (let index = 0; index < 2; index++) {
      // One after the other: the first migrates the database, so the second finds it ready.
      const testRuntime = await createTestRuntime({ authMode: 'jwt', env: { DATABASE_URL: databaseUrl } });
      runtimes.push(testRuntime);
      const app = await buildApp(testRuntime.runtime, {
        auth: testRuntime.auth,
        live: { idleSessionMs: 60_000 },
      });
      apps.push(app);
      await app.listen({ host: '127.0.0.1', port: 0 });
      hosts.push(`127.0.0.1:${(app.server.address() as AddressInfo).port}`);
    }
  }, 120_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const testRuntime of runtimes) await testRuntime.close();
    await postgres?.stop();
  });

  const headers = async (userId: string) => runtimes[0].bearer(userId);
  const token = async (userId: string) => (await headers(userId)).authorization.replace(/^Bearer /, '');
  const createOn = async (host: string, userId: string) => {
    const response = await fetch(`http://${host}/api/live/sessions`, { method: 'POST', headers: await headers(userId) });
    expect(response.status).toBe(201);
    return (await response.json()) as { sessionId: string; streamPath: string; watchPath: string };
  };

  it('lists a session from either server with the server that holds it', async () => {
    const created = await createOn(hosts[0], 'alice');
    const fromSecond = await (await fetch(`http://${hosts[1]}/api/live/sessions`, { headers: await headers('alice') })).json();
    expect(fromSecond.sessions).toEqual([]);
    expect(fromSecond.elsewhere).toEqual([{ sessionId: created.sessionId, createdAt: expect.any(String), server: { id: expect.any(String), url: `http://${hosts[0]}` } }]);
    const fromFirst = await (await fetch(`http://${hosts[0]}/api/live/sessions`, { headers: await headers('alice') })).json();
    expect(fromFirst.sessions.map((session: { sessionId: string }) => session.sessionId)).toEqual([created.sessionId]);
    expect(fromFirst.elsewhere).toEqual([]);
    // Another user sees neither.
    const bob = await (await fetch(`http://${hosts[1]}/api/live/sessions`, { headers: await headers('bob') })).json();
    expect(bob).toEqual({ sessions: [], elsewhere: [] });
  });

  it('sends a viewer or streamer that reached the wrong server to the right one', async () => {
    const created = await createOn(hosts[0], 'carol');
    const viewer = await openTestSocket(`ws://${hosts[1]}${created.watchPath}`);
    expect(await viewer.closed()).toEqual({ code: 4421, reason: `This live session is on http://${hosts[0]}` });
    const streamer = await openTestSocket(`ws://${hosts[1]}${created.streamPath}?token=${await token('carol')}`);
    expect(await streamer.closed()).toEqual({ code: 4421, reason: `This live session is on http://${hosts[0]}` });
    // Someone else's session is not revealed to a streamer: it answers like a missing one.
    const stranger = await openTestSocket(`ws://${hosts[1]}${created.streamPath}?token=${await token('dave')}`);
    expect((await stranger.closed()).code).toBe(4404);
    // At the right address the viewer is let in.
    const welcomed = await openTestSocket(`ws://${hosts[0]}${created.watchPath}`);
    expect(await welcomed.nextText('welcome')).toMatchObject({ role: 'viewer', sessionId: created.sessionId });
    welcomed.socket.close();
  });

  it('answers a DELETE on the wrong server with 409 and where to send it, then forgets the ended session', async () => {
    const created = await createOn(hosts[1], 'erin');
    const wrong = await fetch(`http://${hosts[0]}/api/live/sessions/${created.sessionId}`, { method: 'DELETE', headers: await headers('erin') });
    expect(wrong.status).toBe(409);
    expect((await wrong.json()).error).toMatchObject({ code: 'conflict', details: { server: { url: `http://${hosts[1]}` } } });
    const right = await fetch(`http://${hosts[1]}/api/live/sessions/${created.sessionId}`, { method: 'DELETE', headers: await headers('erin') });
    expect(right.status).toBe(204);
    const listed = await (await fetch(`http://${hosts[0]}/api/live/sessions`, { headers: await headers('erin') })).json();
    expect(listed).toEqual({ sessions: [], elsewhere: [] });
    const viewer = await openTestSocket(`ws://${hosts[0]}${created.watchPath}`);
    expect((await viewer.closed()).code).toBe(4404);
  });

  it('drops the sessions of a server that stopped heartbeating', async () => {
    const database = runtimes[0].runtime.database!;
    const created = await createOn(hosts[1], 'frank');
    // A crashed server's rows: older than the stale limit (4 heartbeats of 5 s).
    await database.query(`UPDATE live_sessions SET last_seen_at = now() - interval '1 minute', server_id = 'gone' WHERE id = $1`, [created.sessionId]);
    const listed = await (await fetch(`http://${hosts[0]}/api/live/sessions`, { headers: await headers('frank') })).json();
    expect(listed.elsewhere).toEqual([]);
    const viewer = await openTestSocket(`ws://${hosts[0]}${created.watchPath}`);
    expect((await viewer.closed()).code).toBe(4404);
  });
}, 180_000);
