import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';

type Headers = Record<string, string | number | string[]>;

/**
 * Helmet's headers on every answer, worked out once. @fastify/helmet builds helmet's middleware
 * anew for every request (parsing the Content-Security-Policy directives each time): about a ninth
 * of the server's time on a busy GET under load. With options that hold no per-request part (no
 * nonces), helmet writes the same headers every time, so the first request has helmet write them
 * and every later one gets a copy of what it wrote. Routes and plugins that set their own policy
 * (assets, /docs) still do, after this hook, and win as they did before. Options with nonces
 * (`enableCSPNonces`) would need helmet per request and are not for this function.
 */
export async function installSecurityHeaders(app: FastifyInstance, options: FastifyHelmetOptions): Promise<void> {
  // Not global: the plugin keeps `reply.helmet()` (used once below) and does nothing per request itself.
  await app.register(fastifyHelmet, { ...options, global: false });
  let headers: Headers | undefined;
  app.addHook('onRequest', (request, reply, done) => {
    // A route with its own helmet options (or `helmet: false`) gets them from the plugin instead.
    if ((request.routeOptions.config as { helmet?: unknown }).helmet !== undefined) return done();
    headers ??= recordHelmetHeaders(reply);
    // Through the reply (written at once with the status) rather than one validated setHeader each.
    reply.headers(headers);
    done();
  });
}

/** Has helmet write its headers on this reply and returns what it wrote. */
function recordHelmetHeaders(reply: FastifyReply): Headers {
  const before = new Set(reply.raw.getHeaderNames());
  reply.helmet();
  const written = reply.raw.getHeaderNames().filter((name) => !before.has(name));
  const headers = Object.fromEntries(written.map((name) => [name, reply.raw.getHeader(name)!]));
  for (const name of written) reply.raw.removeHeader(name);
  return headers;
}
