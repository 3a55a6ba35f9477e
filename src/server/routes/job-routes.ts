import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadInputError } from '../../engine/errors/index.ts';
import { openJobEventStream } from './job-event-stream.ts';
import { createJobBodySchema, jobParamsSchema, jobSchema, listJobsQuerySchema } from './job-schemas.ts';
import type { RouteOptions } from './route-options.ts';

export interface JobRouteOptions extends RouteOptions {
  /** Milliseconds between keep-alive comments on the event stream. */
  eventsKeepAliveMs: number;
}

export const jobRoutes: FastifyPluginAsyncZod<JobRouteOptions> = async (app, { runtime, rateLimits, eventsKeepAliveMs }) => {
  app.post('/jobs', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Start a job',
      description: 'Validates the input against the pipeline and queues the job. Follow it with GET /api/jobs/{id}/events.',
      tags: ['jobs'],
      body: createJobBodySchema,
      response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    const { pipeline, input } = request.body;
    // An unknown pipeline is a mistake in the request, so it is a 400 naming the choices, not a 404.
    const known = runtime.pipelines.list().map((definition) => definition.id);
    if (!known.includes(pipeline)) {
      throw new BadInputError(`There is no pipeline named "${pipeline}"; choose one of: ${known.join(', ') || '(none installed)'}.`, {
        details: { pipelines: known },
      });
    }
    const job = await runtime.jobs.create(request.userId, pipeline, input);
    return reply.code(202).header('location', `/api/jobs/${encodeURIComponent(job.id)}`).send(job);
  });

  app.get('/jobs', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Your jobs, newest first',
      tags: ['jobs'],
      querystring: listJobsQuerySchema,
      response: { 200: z.object({ jobs: z.array(jobSchema) }) },
    },
  }, async (request) => ({ jobs: await runtime.jobs.list(request.userId, request.query) }));

  app.get('/jobs/:id', {
    onRequest: rateLimits.reads,
    schema: { summary: 'One job', tags: ['jobs'], params: jobParamsSchema, response: { 200: jobSchema } },
  }, async (request) => runtime.jobs.get(request.userId, request.params.id));

  app.post('/jobs/:id/cancel', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Cancel a queued or running job',
      description: 'A job that already ended answers 409 conflict.',
      tags: ['jobs'],
      params: jobParamsSchema,
      response: { 200: jobSchema },
    },
  }, async (request) => runtime.jobs.cancel(request.userId, request.params.id));

  app.get('/jobs/:id/events', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Live progress as server-sent events',
      description: [
        'text/event-stream. First `event: snapshot` with the job record, then each progress event under its type',
        '(`job-start`, `step-start`, `step-progress`, `step-end`, `job-end`, `job-error`) with the event as JSON data.',
        'The stream ends after `job-end` or `job-error`, or at once when the job had already ended.',
        `Comment lines (\`: keep-alive\`) arrive every ${Math.round(eventsKeepAliveMs / 1000)} s.`,
        'In JWT mode send the token in the Authorization header (use fetch, not EventSource).',
      ].join(' '),
      tags: ['jobs'],
      params: jobParamsSchema,
    },
  }, async (request, reply) => {
    const clientGone = new AbortController();
    reply.raw.on('close', () => clientGone.abort());
    const stream = await openJobEventStream({
      runtime,
      userId: request.userId,
      jobId: request.params.id,
      signal: clientGone.signal,
      keepAliveMs: eventsKeepAliveMs,
    });
    return reply
      .header('content-type', 'text/event-stream; charset=utf-8')
      .header('cache-control', 'no-cache, no-transform')
      // Reverse proxies (nginx) otherwise hold events back in their buffers.
      .header('x-accel-buffering', 'no')
      .send(stream);
  });
};
