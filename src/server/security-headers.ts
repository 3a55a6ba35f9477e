import fastifyHelmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';

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
 * helmet's (with `options`) on everything else, the web app's pages above all. Helmet's headers are
 * read once from a throwaway app with @fastify/helmet; the plugin is not registered on `app`, since
 * even unused it runs two hooks on every request (one of them a promise and a closure): 2–3 % of a
 * busy GET's time. Options with no per-request part (no nonces) give the same headers every time.
 * Routes and plugins that set their own policy (assets, /docs) still do, after this hook, and win;
 * a route declared with `helmet: false` goes without.
 */
export async function installSecurityHeaders(app: FastifyInstance, options: FastifyHelmetOptions & { apiPrefix?: string }): Promise<void> {
  const { apiPrefix, ...helmetOptions } = options;
  if (helmetOptions.enableCSPNonces) throw new Error('installSecurityHeaders writes the same headers on every answer; CSP nonces need helmet per request.');
  const documentHeaders = await helmetHeaders(helmetOptions);
  app.addHook('onRoute', (route) => {
    const own = (route as { helmet?: unknown }).helmet;
    if (own === false) route.config = Object.assign(route.config ?? {}, { withoutSecurityHeaders: true });
    // Refused rather than ignored: a route's own helmet options would otherwise pass unnoticed.
    else if (own !== undefined) throw new Error(`Route ${route.url} sets helmet options; set its headers in the route instead, or helmet: false.`);
  });
  app.addHook('onRequest', (request, reply, done) => {
    if ((request.routeOptions.config as { withoutSecurityHeaders?: boolean }).withoutSecurityHeaders) return done();
    // Through the reply (written at once with the status) rather than one validated setHeader each.
    reply.headers(apiPrefix !== undefined && request.url.startsWith(apiPrefix) ? apiSecurityHeaders : documentHeaders);
    done();
  });
}

/** The headers helmet writes with `options`, read from one request to a throwaway app. */
async function helmetHeaders(options: FastifyHelmetOptions): Promise<Headers> {
  const probe = Fastify();
  let headers: Headers = {};
  try {
    await probe.register(fastifyHelmet, { ...options, global: false });
    probe.get('/', async (_request, reply) => {
      headers = recordHelmetHeaders(reply);
      return '';
    });
    await probe.inject({ method: 'GET', url: '/' });
  } finally {
    await probe.close();
  }
  return headers;
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
