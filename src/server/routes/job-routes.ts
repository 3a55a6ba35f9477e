import { serializerCompiler, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadInputError, ConflictError } from '../../engine/errors/index.ts';
import type { JobRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { assertAdministrator } from '../auth/assert-administrator.ts';
import { withRequestPriority } from '../../store/request-priority.ts';
import { clientGoneSignal } from '../http/client-gone-signal.ts';
import { sendQueuedJob } from '../http/send-queued-job.ts';
import { deleteJob } from './delete-job.ts';
import { describeJobs } from './describe-jobs.ts';
import { createJobDescriptionCache } from './job-description-cache.ts';
import { createJobJsonMemo } from './job-json-memo.ts';
import { openJobEventStream } from './job-event-stream.ts';
import { createJobBodySchema, jobParamsSchema, jobSchema, listJobsQuerySchema } from './job-schemas.ts';
import type { RouteOptions } from './route-options.ts';

export interface JobRouteOptions extends RouteOptions {
  /** Milliseconds between keep-alive comments on the event stream. */
  eventsKeepAliveMs: number;
}

/** A failed job's input, less the fields the server decides (sending them back would be refused). */
function inputForRetry(runtime: KilnRuntime, job: JobRecord): unknown {
  const pipeline = runtime.pipelines.list().find((candidate) => candidate.id === job.pipeline);
  const decided = pipeline?.operatorInput?.({ ownerId: job.ownerId, safety: runtime.config.safety }) ?? {};
  if (job.input === null || typeof job.input !== 'object' || Array.isArray(job.input)) return job.input;
  return Object.fromEntries(Object.entries(job.input).filter(([field]) => !(field in decided)));
}

export const jobRoutes: FastifyPluginAsyncZod<JobRouteOptions> = async (app, { runtime, rateLimits, eventsKeepAliveMs }) => {
  const descriptions = createJobDescriptionCache(runtime);
  const jobJson = createJobJsonMemo(serializerCompiler({ schema: jobSchema, method: 'GET', url: '/api/jobs/:id', httpStatus: '200' }));
  // A person waits on these: their statements go ahead of the running jobs' bookkeeping. Last hook
  // before the handler, so the body has been read (its stream's callbacks would lose the context).
  app.addHook('preHandler', (_request, _reply, done) => withRequestPriority(done));

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
    const definitions = runtime.pipelines.list();
    const definition = definitions.find((candidate) => candidate.id === pipeline);
    if (!definition) {
      const known = definitions.map((candidate) => candidate.id);
      throw new BadInputError(`There is no pipeline named "${pipeline}"; choose one of: ${known.join(', ') || '(none installed)'}.`, {
        details: { pipelines: known },
      });
    }
    if (definition.administratorsOnly) assertAdministrator(request, `The ${pipeline} pipeline`);
    const job = await runtime.jobs.create(request.userId, pipeline, input);
    return sendQueuedJob(reply, job);
  });

  app.get('/jobs', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Your jobs, newest first',
      tags: ['jobs'],
      querystring: listJobsQuerySchema,
      response: { 200: z.object({ jobs: z.array(jobSchema) }) },
    },
  }, async (request) => {
    // Lists are described fresh; only the one-job read that pages and scripts poll goes through the cache.
    const jobs = await runtime.jobs.list(request.userId, request.query);
    const described = await describeJobs(runtime, request.userId, jobs);
    return { jobs: jobs.map((job) => ({ ...job, ...described.get(job.id) })) };
  });

  app.get('/jobs/:id', {
    onRequest: rateLimits.reads,
    schema: { summary: 'One job', tags: ['jobs'], params: jobParamsSchema, response: { 200: jobSchema } },
  }, async (request, reply) => {
    const [job] = await descriptions.describe(request.userId, [await runtime.jobs.get(request.userId, request.params.id)]);
    // A string is sent as it is: the schema's serialiser ran once for these values, in jobJson.
    return reply.type('application/json; charset=utf-8').send(jobJson(job) as never);
  });

  app.post('/jobs/:id/retry', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Run a failed or cancelled job again',
      description: 'Queues a new job with the same input (the step cache makes the steps that had finished cost nothing) and answers it. The old job stays as it was. A job that is queued, running or succeeded answers 409 conflict.',
      tags: ['jobs'],
      params: jobParamsSchema,
      response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    const job = await runtime.jobs.get(request.userId, request.params.id);
    if (job.state !== 'failed' && job.state !== 'cancelled') {
      throw new ConflictError(`Job ${job.id} is ${job.state}; only a failed or cancelled job can be retried.`);
    }
    // The claim may have been taken away since the job was made.
    if (runtime.pipelines.list().find((candidate) => candidate.id === job.pipeline)?.administratorsOnly) {
      assertAdministrator(request, `The ${job.pipeline} pipeline`);
    }
    const retried = await runtime.jobs.create(request.userId, job.pipeline, inputForRetry(runtime, job));
    return sendQueuedJob(reply, retried);
  });

  app.delete('/jobs/:id', {
    onRequest: rateLimits['jobs-create'],
    schema: {
      summary: 'Delete a finished job and the files it made',
      description: 'Also deletes the story the job saved. Files another job or story still uses are kept. A queued or running job answers 409 conflict: cancel it first.',
      tags: ['jobs'],
      params: jobParamsSchema,
      response: { 200: z.object({ deletedAssets: z.int().describe('How many files were deleted.') }) },
    },
  }, async (request) => deleteJob(runtime, request.userId, request.params.id));

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
    const stream = await openJobEventStream({
      runtime,
      userId: request.userId,
      jobId: request.params.id,
      signal: clientGoneSignal(reply),
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
