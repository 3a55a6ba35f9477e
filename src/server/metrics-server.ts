import Fastify from 'fastify';
import { createErrorHandler } from './error-handler.ts';
import type { KilnMetrics } from './metrics.ts';
import { metricsRoutes } from './routes/metrics-routes.ts';

export interface MetricsServerOptions {
  metrics: KilnMetrics;
  /** Default 127.0.0.1: only this machine's Prometheus (or a tunnel to it) can scrape. */
  host?: string;
  /** 0 picks a free port; the answer's `url` has the real one. */
  port: number;
  /** When set, scrapes must send `Authorization: Bearer <token>`, as on the server. */
  token?: string;
}

export interface RunningMetricsServer {
  /** e.g. `http://127.0.0.1:9464/metrics`. */
  url: string;
  close(): Promise<void>;
}

// Nothing but GET /metrics is served, so no request needs a body.
const noBodies = { bodyLimitBytes: 1024, uploadLimitBytes: 1024 };

/**
 * `kiln worker`'s only listener: GET /metrics with the same token check and one-second collection
 * cache as the server's, so the steps a worker ran can be scraped (a worker has no HTTP API).
 */
export async function startMetricsServer(options: MetricsServerOptions): Promise<RunningMetricsServer> {
  const app = Fastify({ logger: false, bodyLimit: noBodies.bodyLimitBytes });
  app.setErrorHandler(createErrorHandler(noBodies));
  await app.register(metricsRoutes, { metrics: options.metrics, token: options.token });
  // `[::1]` is how an IPv6 address is written in a URL; listen() wants it bare.
  const host = (options.host ?? '127.0.0.1').trim().replace(/^\[(.*)\]$/, '$1');
  try {
    const base = await app.listen({ host, port: options.port });
    return { url: `${base}/metrics`, close: () => app.close() };
  } catch (error) {
    await app.close();
    throw error;
  }
}
