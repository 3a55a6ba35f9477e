import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestRuntime, type TestRuntime } from '../../runtime/testing/create-test-runtime.ts';
import { buildApp } from '../build-app.ts';
import { openTestSocket, type TestSocket } from './testing/open-test-socket.ts';

let kiln: TestRuntime;
let app: FastifyInstance | undefined;
beforeAll(async () => {
  kiln = await createTestRuntime({ authMode: 'jwt' });
});
afterAll(() => kiln.close());
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('live sockets per user (one count across the live routes)', () => {
  it('refuses the (limit+1)th socket of one user with 4429 while another user still connects; a closed one frees its slot', async () => {
    app = await buildApp(kiln.runtime, { auth: kiln.auth, live: { maxSocketsPerUser: 2 } });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const host = `127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const tokenOf = async (userId: string) => (await kiln.bearer(userId)).authorization.replace(/^Bearer /, '');
    const [alice, bob] = await Promise.all([tokenOf('alice'), tokenOf('bob')]);
    const vocabulary = (token: string) => openTestSocket(`ws://${host}/api/vocabulary/live`, ['kiln-live.v1', `kiln-token.${token}`]);

    // One slot on the live vocabulary page, one as the streamer of a live style session.
    const page = await vocabulary(alice);
    const { overlayPath } = await page.nextText('ready');
    const created = await fetch(`http://${host}/api/live/sessions`, { method: 'POST', headers: { authorization: `Bearer ${alice}` } });
    const { streamPath } = (await created.json()) as { streamPath: string };
    const streamer = await openTestSocket(`ws://${host}${streamPath}`, ['kiln-live.v1', `kiln-token.${alice}`]);
    await streamer.nextText('admitted');

    const refused = { code: 4429, reason: expect.stringMatching(/^You have 2 live connections open, the most one user may/) };
    expect(await (await vocabulary(alice)).closed()).toEqual(refused);
    expect(await (await openTestSocket(`ws://${host}/api${String(overlayPath)}`)).closed()).toEqual(refused);
    const other = await vocabulary(bob);
    await other.nextText('ready');

    page.socket.close();
    await page.closed();
    // The server sees the close a moment after the client does; a refused try is closed at once, so try again.
    let again: TestSocket | undefined;
    for (let attempt = 0; attempt < 20 && !again; attempt++) {
      const socket = await vocabulary(alice);
      const admitted = await socket.nextText('ready').then(() => true, () => false);
      if (admitted) again = socket;
    }
    expect(again).toBeDefined();
    for (const socket of [again!, streamer, other]) socket.socket.close();
  });
});
