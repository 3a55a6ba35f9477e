import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { UnauthorizedError } from '../../engine/errors/index.ts';
import type { KilnMetrics } from '../metrics.ts';

export interface MetricsRouteOptions {
  metrics: KilnMetrics;
  /** When set, scrapes must send `Authorization: Bearer <token>` (`KILN_METRICS_TOKEN`). */
  token?: string;
  /** How long one collection answers every scrape, default 1000 ms. */
  cacheMs?: number;
  /** The clock, for tests. */
  now?: () => number;
}

export const defaultMetricsCacheMs = 1000;

/**
 * GET /metrics in Prometheus text format. Collecting walks every metric and asks the database for
 * the queue depth, so one collection answers all scrapes for a second (concurrent ones share it):
 * ten scrapers at once no longer slow everyone else's requests down. It says how busy the server is,
 * not whose work it is; still, with a token set, only the Prometheus that has it may read it.
 */
export const metricsRoutes: FastifyPluginAsync<MetricsRouteOptions> = async (app, options) => {
  const { metrics, token } = options;
  const scrape = cachedCollection(() => metrics.registry.metrics(), options.cacheMs ?? defaultMetricsCacheMs, options.now ?? Date.now);
  const expected = token ? digest(token) : undefined;

  app.get('/metrics', {
    onRequest: async (request) => {
      if (!expected) return;
      const presented = /^Bearer +([^ ]+) *$/i.exec(request.headers.authorization ?? '')?.[1];
      // Compared as digests so the comparison takes the same time whatever the length.
      if (!presented || !timingSafeEqual(digest(presented), expected)) {
        throw new UnauthorizedError('This server\'s /metrics needs its metrics token: send `Authorization: Bearer <KILN_METRICS_TOKEN>`.');
      }
    },
    schema: {
      summary: 'Prometheus metrics',
      description: token
        ? 'Text exposition format, collected at most once a second. Needs the metrics token (`KILN_METRICS_TOKEN`) as a bearer token.'
        : 'Text exposition format, collected at most once a second. No auth: expose it only to your Prometheus, or set KILN_METRICS_TOKEN.',
      tags: ['metrics'],
      security: token ? [{ metricsToken: [] }] : [],
    },
  }, async (_request, reply) => reply.type(metrics.registry.contentType).send(await scrape()));
};

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** One collection shared by every caller until `cacheMs` after it began; a failed one is not kept. */
function cachedCollection(collect: () => Promise<string>, cacheMs: number, now: () => number): () => Promise<string> {
  let cached: { startedAt: number; text: Promise<string> } | undefined;
  return () => {
    if (cached && now() - cached.startedAt < cacheMs) return cached.text;
    const entry = { startedAt: now(), text: collect() };
    cached = entry;
    entry.text.catch(() => {
      if (cached === entry) cached = undefined;
    });
    return entry.text;
  };
}
