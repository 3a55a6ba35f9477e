import type { FastifyReply } from 'fastify';

/**
 * The answer to every request that queues a job: 202 Accepted with the job, and its address in
 * `location` for the caller to follow (GET it, or its `/events`).
 */
export function sendQueuedJob<Reply extends FastifyReply>(reply: Reply, job: { id: string }): Reply {
  return reply.code(202).header('location', `/api/jobs/${encodeURIComponent(job.id)}`).send(job) as Reply;
}
