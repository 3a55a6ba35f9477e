import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocketLike } from './attach-web-socket.ts';
import { closeAndStopReading } from './close-and-stop-reading.ts';
import { openTestSocket } from './testing/open-test-socket.ts';

describe('closeAndStopReading (over a real socket)', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('stops handing over the messages a flooding client sent before it heard the close, and the client still learns why', async () => {
    let received = 0;
    app = Fastify();
    await app.register(fastifyWebsocket);
    app.get('/flood', { websocket: true }, (socket) => {
      const ws = socket as unknown as WebSocketLike;
      ws.on('message', () => {
        received += 1;
        if (received === 21) closeAndStopReading(ws, 4429, 'More than 20 messages in a second.');
      });
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const client = await openTestSocket(`${address.replace('http', 'ws')}/flood`);
    // All sent in one go, before the close can reach the client: without the pause, every one is handed over.
    const sent = 20_000;
    for (let index = 0; index < sent; index += 1) client.socket.send('{"type":"ping"}');
    expect(await client.closed()).toEqual({ code: 4429, reason: 'More than 20 messages in a second.' });
    // What was already read when the socket paused still arrives: at most a few socket reads' worth.
    expect(received).toBeLessThan(sent / 2);
  });
});
