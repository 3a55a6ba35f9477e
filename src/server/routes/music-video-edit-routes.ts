import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadInputError, ConflictError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { musicVideoEditsSchema, type MusicVideoEdits, type MusicVideoInput } from '../../pipelines/music-video/music-video-input.ts';
import type { MusicVideoOutput } from '../../pipelines/music-video/music-video-pipeline.ts';
import { jobSchema } from './job-schemas.ts';
import type { RouteOptions } from './route-options.ts';

/** One frame at the highest frame rate: a cut named by its listed time matches it this closely. */
const sameCut = 1 / 30 + 1e-6;

/**
 * `POST /api/music-videos/:id/edits`: corrects a finished music video of the user's: cuts moved,
 * where bar 1 starts, pictures swapped for images they uploaded. Starts a new job with the first
 * one's input and the edits (added to any it already had); its render reuses every shot the edits
 * did not change. Everything is checked against the finished video first, so a refusal starts nothing.
 */
export const musicVideoEditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.post('/music-videos/:id/edits', {
    onRequest: [rateLimits['jobs-create']],
    schema: {
      summary: 'Correct a finished music video: move cuts, set where bar 1 starts, swap pictures',
      description: 'Answers 202 with a new job that renders the corrected video, reusing the shots the edits left alone '
        + '(its output lists them in `shots.reused`). 404 for a job that is not yours, 409 for one not finished, 400 for edits that do not fit the video.',
      tags: ['music videos'],
      params: z.object({ id: z.string().min(1).max(200) }),
      body: z.strictObject({
        moveCuts: musicVideoEditsSchema.shape.moveCuts.unwrap().optional(),
        barOneSeconds: musicVideoEditsSchema.shape.barOneSeconds,
        swapPictures: musicVideoEditsSchema.shape.swapPictures.unwrap().optional(),
      }),
      response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    const source = await runtime.jobs.get(request.userId, request.params.id);
    if (source.pipeline !== 'music-video') throw new BadInputError(`Job ${source.id} is a ${source.pipeline} job, not a music video.`);
    if (source.state !== 'succeeded') throw new ConflictError(`The music video ${source.id} is ${source.state}; edit it once it has finished.`);
    const input = source.input as MusicVideoInput;
    const output = source.output as MusicVideoOutput;
    const { moveCuts = [], barOneSeconds, swapPictures = [] } = request.body;
    if (moveCuts.length === 0 && barOneSeconds === undefined && swapPictures.length === 0) {
      throw new BadInputError('Name at least one edit: moveCuts, barOneSeconds or swapPictures.');
    }
    if (barOneSeconds !== undefined && barOneSeconds >= output.duration) {
      throw new BadInputError(`Bar 1 must start within the song (0 to ${output.duration} s); got ${barOneSeconds} s.`, { details: { field: 'barOneSeconds' } });
    }
    // Checked against the cuts as listed; moveCuts (the renderer) checks the room between neighbours again.
    for (const move of moveCuts) {
      const at = output.cuts.findIndex((cut) => Math.abs(cut - move.from) <= sameCut);
      if (at < 0) throw new BadInputError(`There is no cut at ${move.from} s; the video's cuts are listed in its output.`, { details: { field: 'moveCuts' } });
      const before = at === 0 ? 0 : output.cuts[at - 1];
      const after = output.cuts[at + 1] ?? output.duration;
      if (!(move.to >= before + 0.5 && move.to <= after - 0.5)) {
        throw new BadInputError(`The cut at ${move.from} s can move between ${before + 0.5} and ${after - 0.5} s (half a second from its neighbours); ${move.to} s is outside.`, { details: { field: 'moveCuts' } });
      }
    }
    for (const swap of swapPictures) {
      if (swap.moment >= output.imageAssetIds.length) {
        throw new BadInputError(`The video has ${output.imageAssetIds.length} pictures (moments 0 to ${output.imageAssetIds.length - 1}); there is no moment ${swap.moment}.`, { details: { field: 'swapPictures' } });
      }
      const picture = await runtime.assets.get(request.userId, swap.assetId);
      if (!picture.mediaType.startsWith('image/')) throw new UnsupportedMediaTypeError(`The asset ${swap.assetId} is ${picture.mediaType}; a picture must be an image.`);
    }
    const edits: MusicVideoEdits = {
      moveCuts: [...(input.edits?.moveCuts ?? []), ...moveCuts],
      swapPictures: [...(input.edits?.swapPictures ?? []).filter((old) => !swapPictures.some((swap) => swap.moment === old.moment)), ...swapPictures],
      ...(barOneSeconds ?? input.edits?.barOneSeconds) === undefined ? {} : { barOneSeconds: barOneSeconds ?? input.edits?.barOneSeconds },
    };
    // A new bar 1 moves every cut, so the cuts moved by hand before it no longer name cuts of the new video.
    if (barOneSeconds !== undefined) edits.moveCuts = moveCuts;
    const job = await runtime.jobs.create(request.userId, 'music-video', { ...input, editOf: source.id, edits });
    return reply.code(202).header('location', `/api/jobs/${encodeURIComponent(job.id)}`).send(job);
  });
};
