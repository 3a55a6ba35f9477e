import type { FastifyReply } from 'fastify';

const signals = new WeakMap<FastifyReply, AbortSignal>();

/**
 * A signal that aborts when the client goes away before its answer has been sent: the work a
 * request started (ffmpeg, a call to another server) stops then, and not before.
 *
 * Fastify's `request.signal` is not that. It follows the request stream's `close`, which Node
 * emits as soon as the body has been read, so work that runs after the body (probing an upload,
 * a call made from a JSON body) is cancelled at once; and when the body was read before anyone
 * asked for the signal, it never aborts at all. The response's `close` fires when the socket
 * closes or after the answer is out, which is what "the client went away" means here.
 */
export function clientGoneSignal(reply: FastifyReply): AbortSignal {
  const known = signals.get(reply);
  if (known) return known;
  const controller = new AbortController();
  const response = reply.raw;
  if (response.destroyed || response.writableFinished || reply.request.raw.socket?.destroyed) controller.abort();
  else response.once('close', () => controller.abort());
  signals.set(reply, controller.signal);
  return controller.signal;
}
