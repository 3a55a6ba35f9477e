import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AssetRecord } from '../../runtime/contracts.ts';
import { clientGoneSignal } from '../http/client-gone-signal.ts';
import { sendQueuedJob } from '../http/send-queued-job.ts';
import { asMalformedMultipart } from '../uploads/multipart-parts.ts';
import { jobSchema } from './job-schemas.ts';
import { readShortsRequest } from './read-shorts-request.ts';
import type { RouteOptions } from './route-options.ts';

export interface VocabularyShortsRouteOptions extends RouteOptions {
  /** Largest file an upload may be. */
  uploadLimitBytes: number;
}

/**
 * `POST /api/vocabulary/shorts`: a stream recording and its Japanese transcript become a
 * `vocabulary-shorts` job. The job's first step is the plan (scored clips, chapters, edit points),
 * so a page can show it first: with `planOnly` the job stops there, and a second request with the
 * chosen `clips` renders them.
 */
export const vocabularyShortsRoutes: FastifyPluginAsyncZod<VocabularyShortsRouteOptions> = async (app, { runtime, rateLimits, uploadLimitBytes }) => {
  app.post('/vocabulary/shorts', {
    onRequest: [rateLimits.uploads, rateLimits['jobs-create']],
    schema: {
      summary: 'Plan and render shorts, chapters and edit points from a stream recording',
      description: 'multipart/form-data: `recording` (video or audio with sound) or `recordingAssetId`; `transcript` (VTT, SRT, ASS or '
        + 'YouTube JSON, in Japanese, with times) or `transcriptAssetId`; optional `chat` (a timed chat log), `format`, `count` (clips to '
        + 'propose, 1-5; as many 15 s clips as fit by default, at most 5), `clips` (JSON [{start, end}], 15-60 s each: render these '
        + 'instead), `planOnly` (true: plan and render nothing), `width`, `height`. Or JSON with the same fields naming assets. '
        + 'Answers 202 with a `vocabulary-shorts` job; its output is the plan with the shorts\' asset ids. A recording without sound, '
        + 'a transcript that is not Japanese or runs past the end of the recording, or clips outside it answer 400.',
      tags: ['vocabulary'], consumes: ['multipart/form-data', 'application/json'], response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    const stored: AssetRecord[] = [];
    try {
      const input = await readShortsRequest(request, runtime, uploadLimitBytes, stored, clientGoneSignal(reply));
      const job = await runtime.jobs.create(request.userId, 'vocabulary-shorts', input);
      return sendQueuedJob(reply, job);
    } catch (error) {
      await Promise.all(stored.map((asset) => runtime.assets.delete(request.userId, asset.id).catch(() => undefined)));
      throw asMalformedMultipart(error);
    }
  });
};
