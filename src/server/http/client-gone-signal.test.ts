import { once } from 'node:events';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { clientGoneSignal } from './client-gone-signal.ts';

describe('clientGoneSignal (over a real socket)', () => {
  let app: FastifyInstance | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('stays quiet after the body has been read, where request.signal has already aborted', async () => {
    app = Fastify({ bodyLimit: 4 * 1024 * 1024 });
    app.post('/work', async (request, reply) => {
      const signal = clientGoneSignal(reply);
      const requestSignal = request.signal;
      if (!request.raw.closed) await once(request.raw, 'close');
      return { clientGone: signal.aborted, requestSignalAborted: requestSignal.aborted, length: (request.body as { text: string }).text.length };
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const text = 'x'.repeat(400 * 1024);
    const answer = await fetch(`${address}/work`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    // The second field shows why the helper exists; if Fastify changes, this test says so.
    expect(await answer.json()).toEqual({ clientGone: false, requestSignalAborted: true, length: text.length });
  });

  it('aborts when the client goes away before the answer, and is the same signal for every caller', async () => {
    app = Fastify();
    let started!: () => void;
    const reached = new Promise<void>((resolve) => { started = resolve; });
    let aborted!: Promise<boolean>;
    app.post('/work', async (_request, reply) => {
      const signal = clientGoneSignal(reply);
      aborted = once(signal, 'abort').then(() => clientGoneSignal(reply) === signal && signal.aborted);
      started();
      await aborted;
      return { done: true };
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const client = new AbortController();
    const request = fetch(`${address}/work`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', signal: client.signal }).catch((error: unknown) => error);
    await reached;
    client.abort();
    expect(await aborted).toBe(true);
    expect(await request).toBeInstanceOf(Error);
  });
});
