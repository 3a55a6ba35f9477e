import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { decodeFrameMessage } from '../../live-style/frame-protocol.ts';
import { cameraFrameMessage } from '../../live-style/testing/camera-frame.ts';
import { createFilterRestyleModel } from '../../media/filters/create-filter-restyle-model.ts';
import { createBuiltinBackend } from '../../providers/builtin/builtin-backend.ts';
import { createBuiltinModelCatalog } from '../../providers/builtin/builtin-models.ts';
import { createRegistry } from '../../providers/registry.ts';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { openTestSocket } from './testing/open-test-socket.ts';

const runtimes: Partial<Record<'local' | 'jwt', TestRuntime>> = {};
beforeAll(async () => {
  [runtimes.local, runtimes.jwt] = await Promise.all([createTestRuntime(), createTestRuntime({ authMode: 'jwt' })]);
});
afterAll(async () => {
  await Promise.all([runtimes.local?.close(), runtimes.jwt?.close()]);
});

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/**
 * A real server whose restyle list is `builtin:filters`, served by the real filter model through a
 * registry made here (the built-in backend's shared catalogue may not list the filters yet).
 */
async function startServer(authMode: 'local' | 'jwt' = 'local'): Promise<string> {
  const catalog = createBuiltinModelCatalog();
  catalog.register('restyle', 'filters', (identity) => createFilterRestyleModel(identity));
  const testRuntime = runtimes[authMode]!;
  const providers = createRegistry({ backends: [createBuiltinBackend({ catalog })], capabilities: { restyle: ['builtin:filters'] } });
  app = await buildApp({ ...testRuntime.runtime, providers }, { auth: testRuntime.auth });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

const tokenFor = async (userId: string) => (await runtimes.jwt!.bearer(userId)).authorization.replace(/^Bearer /, '');

async function createSession(host: string, token?: string) {
  const response = await fetch(`http://${host}/api/live/sessions`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {} });
  expect(response.status).toBe(201);
  return (await response.json()) as { sessionId: string; viewerUrl: string; overlayUrl: string; linkReach: string; streamPath: string; watchPath: string };
}

describe('live routes', () => {
  it('creates a session whose stream answers frames and whose viewer link shows them', async () => {
    const host = await startServer();
    const created = await createSession(host);
    expect(created.viewerUrl).toMatch(new RegExp(`^http://${host}/live/watch/${created.sessionId}\\?key=[\\w-]{32}$`));
    expect(created.overlayUrl).toBe(created.viewerUrl.replace('/live/watch/', '/live/overlay/'));
    // Listening on loopback only: the page must be told the links work on this computer alone.
    expect(created.linkReach).toBe('this-computer');

    const streamer = await openTestSocket(`ws://${host}${created.streamPath}`);
    const viewer = await openTestSocket(`ws://${host}${created.watchPath}`);
    await streamer.nextText('admitted');
    streamer.socket.send(await cameraFrameMessage(1));
    const styled = decodeFrameMessage(await streamer.nextBinary());
    expect(styled).toMatchObject({ kind: 'styled', frameId: 1 });
    expect(decodeFrameMessage(await viewer.nextBinary()).frameId).toBe(1);

    const listed = await (await fetch(`http://${host}/api/live/sessions`)).json();
    expect(listed.sessions).toEqual([expect.objectContaining({ sessionId: created.sessionId, streaming: true, viewers: 1, processed: 1 })]);

    expect((await fetch(`http://${host}/api/live/sessions/${created.sessionId}`, { method: 'DELETE' })).status).toBe(204);
    expect(await viewer.closed()).toEqual({ code: 4410, reason: 'The streamer ended the live session.' });
    expect((await streamer.closed()).code).toBe(4410);
  });

  it('closes sockets for sessions that do not exist (4404) and viewer links with a wrong key (4403)', async () => {
    const host = await startServer();
    const created = await createSession(host);
    expect((await (await openTestSocket(`ws://${host}/api/live/sessions/no-such-session/stream`)).closed()).code).toBe(4404);
    expect((await (await openTestSocket(`ws://${host}/api/live/sessions/no-such-session/watch?key=x`)).closed()).code).toBe(4404);
    const wrongKey = await openTestSocket(`ws://${host}/api/live/sessions/${created.sessionId}/watch?key=guessed`);
    expect(await wrongKey.closed()).toEqual({ code: 4403, reason: 'The viewer link is incomplete or wrong; ask the streamer for it again.' });
  });

  it('closes a stream that sends something other than a frame (4400); the server keeps serving', async () => {
    const host = await startServer();
    const created = await createSession(host);
    const streamer = await openTestSocket(`ws://${host}${created.streamPath}`);
    streamer.socket.send(new TextEncoder().encode('GIF89a, or anything but a frame'));
    expect((await streamer.closed()).code).toBe(4400);
    const again = await openTestSocket(`ws://${host}${created.streamPath}`);
    again.socket.send(await cameraFrameMessage(1));
    expect(decodeFrameMessage(await again.nextBinary()).frameId).toBe(1);
  });

  describe('limits on what a streamer sends', () => {
    it('closes with 4413 for a text message over the text limit, without parsing it', async () => {
      const host = await startServer();
      const created = await createSession(host);
      const streamer = await openTestSocket(`ws://${host}${created.streamPath}`);
      await streamer.nextText('admitted');
      streamer.socket.send(JSON.stringify({ type: 'style', prompt: 'x'.repeat(7 * 1024 * 1024) }));
      expect(await streamer.closed()).toEqual({ code: 4413, reason: expect.stringMatching(/^A text message of \d+ bytes is over the limit/) });
    });

    it('closes with 4429 when text messages flood in, and answers pings at a normal rate', async () => {
      const host = await startServer();
      const created = await createSession(host);
      const streamer = await openTestSocket(`ws://${host}${created.streamPath}`);
      await streamer.nextText('admitted');
      streamer.socket.send(JSON.stringify({ type: 'ping', at: 1 }));
      expect(await streamer.nextText('pong')).toEqual({ type: 'pong', at: 1 });
      for (let ping = 0; ping < 10_000 && streamer.socket.readyState === WebSocket.OPEN; ping++) streamer.socket.send('{"type":"ping"}');
      expect((await streamer.closed()).code).toBe(4429);
    });
  });

  it('closes a viewer that floods the server with messages (4429)', async () => {
    const host = await startServer();
    const created = await createSession(host);
    const viewer = await openTestSocket(`ws://${host}${created.watchPath}`);
    await viewer.nextText('welcome');
    for (let message = 0; message < 1_000 && viewer.socket.readyState === WebSocket.OPEN; message++) viewer.socket.send('{"type":"ping"}');
    expect((await viewer.closed()).code).toBe(4429);
  });

  describe('in JWT mode', () => {
    it('takes the token as a subprotocol without echoing it, and refuses a socket without one (4401)', async () => {
      const host = await startServer('jwt');
      const token = await tokenFor('user-a');
      const created = await createSession(host, token);
      const anonymous = await openTestSocket(`ws://${host}${created.streamPath}`);
      expect(await anonymous.closed()).toEqual({ code: 4401, reason: expect.stringMatching(/^Sign in first/) });

      const streamer = await openTestSocket(`ws://${host}${created.streamPath}`, ['kiln-live.v1', `kiln-token.${token}`]);
      expect(streamer.socket.protocol).toBe('kiln-live.v1');
      await streamer.nextText('admitted');
      streamer.socket.close();
    });

    it('accepts the token as a query parameter, and answers another user as if the session did not exist', async () => {
      const host = await startServer('jwt');
      const created = await createSession(host, await tokenFor('user-a'));
      const stranger = await openTestSocket(`ws://${host}${created.streamPath}?token=${await tokenFor('user-b')}`);
      expect((await stranger.closed()).code).toBe(4404);
      const owner = await openTestSocket(`ws://${host}${created.streamPath}?token=${await tokenFor('user-a')}`);
      await owner.nextText('welcome');
      // Viewers need no token: the key in the link is enough.
      const viewer = await openTestSocket(`ws://${host}${created.watchPath}`);
      await viewer.nextText('welcome');
      owner.socket.close();
      viewer.socket.close();
    });
  });

  it('lists the presets before any session exists, so the page can offer them before the camera starts', async () => {
    const host = await startServer();
    const response = await fetch(`http://${host}/api/live/presets`);
    expect(response.status).toBe(200);
    const { presets } = (await response.json()) as { presets: Array<{ name: string; label: string }> };
    expect(presets).toContainEqual({ name: 'neon-edges', label: 'Neon edges' });
    expect(presets.length).toBeGreaterThan(8);
  });

  it('puts the configured public host in viewer and overlay links', async () => {
    const testRuntime = runtimes.local!;
    app = await buildApp(testRuntime.runtime, { auth: testRuntime.auth, publicHost: 'kiln.home.arpa:8443' });
    const response = await app.inject({ method: 'POST', url: '/api/live/sessions', headers: { host: '127.0.0.1:8080' } });
    expect(response.statusCode).toBe(201);
    const created = response.json() as { sessionId: string; viewerUrl: string; overlayUrl: string; linkReach: string };
    expect(created.viewerUrl).toMatch(new RegExp(`^http://kiln\\.home\\.arpa:8443/live/watch/${created.sessionId}\\?key=`));
    expect(created.overlayUrl).toMatch(/^http:\/\/kiln\.home\.arpa:8443\/live\/overlay\//);
    expect(created.linkReach).toBe('public');
  });
});
