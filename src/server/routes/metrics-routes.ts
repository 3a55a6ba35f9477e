import type { FastifyPluginAsync } from 'fastify';
import type { KilnMetrics } from '../metrics.ts';

/**
 * GET /metrics in Prometheus text format, without auth: it says how busy the server is, not whose
 * work it is. When Kiln listens beyond loopback, keep /metrics off the public side of the reverse
 * proxy (or let only the Prometheus host reach it).
 */
export const metricsRoutes: FastifyPluginAsync<{ metrics: KilnMetrics }> = async (app, { metrics }) => {
  app.get('/metrics', {
    schema: {
      summary: 'Prometheus metrics',
      description: 'Text exposition format. No auth; expose it only to your Prometheus.',
      tags: ['metrics'],
    },
  }, async (_request, reply) => reply.type(metrics.registry.contentType).send(await metrics.registry.metrics()));
};
