import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance, FastifyReply } from 'fastify';

type Headers = Record<string, string | number | string[]>;

/**
 * The headers an API answer (JSON, an error, an event stream, a file) gets instead of helmet's
 * document set, after OWASP's REST security advice: most of helmet's headers only mean something to
 * an HTML page a browser renders (cross-origin-opener-policy, origin-agent-cluster, referrer and
 * DNS-prefetch policies, IE's x-download-options and x-xss-protection, Flash's cross-domain policy),
 * and a busy poller paid for writing and checking twelve of them on every answer. What stays guards
 * an API answer: it is never sniffed into HTML, never framed or run as a page (a JSON answer opened
 * on its own loads nothing), never read by another site's no-cors request, never kept by a cache
 * (it is one user's data: a route that may be cached, such as an asset, sets its own policy), and
 * HTTPS stays sticky.
 */
export const apiSecurityHeaders: Headers = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/**
 * Security headers on every answer, worked out once: `apiSecurityHeaders` under `apiPrefix`,
 * helmet's (with `options`) on everything else, the web app's pages above all. @fastify/helmet
 * builds helmet's middleware anew for every request (parsing the Content-Security-Policy directives
 * each time): about a ninth of the server's time on a busy GET under load. With options that hold
 * no per-request part (no nonces), helmet writes the same headers every time, so the first request
 * has helmet write them and every later one gets a copy of what it wrote. Routes and plugins that
 * set their own policy (assets, /docs) still do, after this hook, and win as they did before.
 * Options with nonces (`enableCSPNonces`) would need helmet per request and are not for this function.
 */
export async function installSecurityHeaders(app: FastifyInstance, options: FastifyHelmetOptions & { apiPrefix?: string }): Promise<void> {
  const { apiPrefix, ...helmetOptions } = options;
  // Not global: the plugin keeps `reply.helmet()` (used once below) and does nothing per request itself.
  await app.register(fastifyHelmet, { ...helmetOptions, global: false });
  let documentHeaders: Headers | undefined;
  app.addHook('onRequest', (request, reply, done) => {
    // A route with its own helmet options (or `helmet: false`) gets them from the plugin instead.
    if ((request.routeOptions.config as { helmet?: unknown }).helmet !== undefined) return done();
    const headers = apiPrefix !== undefined && request.url.startsWith(apiPrefix)
      ? apiSecurityHeaders
      : (documentHeaders ??= recordHelmetHeaders(reply));
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
