import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BadInputError, ConflictError, UnsupportedMediaTypeError } from '../../engine/errors/index.ts';
import { musicVideoEditsSchema, type MusicVideoEdits, type MusicVideoInput } from '../../pipelines/music-video/music-video-input.ts';
import type { MusicVideoOutput } from '../../pipelines/music-video/music-video-pipeline.ts';
import { readAudioAnalysis } from '../../pipelines/music-video/music-video-services.ts';
import type { KilnRuntime } from '../../runtime/contracts.ts';
import { sendQueuedJob } from '../http/send-queued-job.ts';
import { jobSchema } from './job-schemas.ts';
import type { RouteOptions } from './route-options.ts';

/** One frame at the highest frame rate: a cut named by its listed time matches it this closely. */
const sameCut = 1 / 30 + 1e-6;

/**
 * `POST /api/music-videos/:id/edits`: corrects a finished music video of the user's: cuts moved,
 * where bar 1 starts, pictures swapped for images they uploaded, pictures drawn again, sections given
 * their own style words. Starts a new job with the first
 * one's input and the edits (added to any it already had); its render reuses every shot the edits
 * did not change. Everything is checked against the finished video first, so a refusal starts nothing.
 */
export const musicVideoEditRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  app.post('/music-videos/:id/edits', {
    onRequest: [rateLimits['jobs-create']],
    schema: {
      summary: 'Correct a finished music video: move cuts, set where bar 1 starts, swap, redraw or restyle pictures',
      description: 'Answers 202 with a new job that renders the corrected video, reusing the shots the edits left alone '
        + '(its output lists them in `shots.reused`), and every picture they did not ask to draw again. `regeneratePictures` draws a key moment\'s picture '
        + 'again from the same prompt with a new seed (each time a different one); `sectionStyles` draws a section\'s pictures from its own style words. 404 for a job that is not yours, 409 for one not finished, 400 for edits that do not fit the video.',
      tags: ['music videos'],
      params: z.object({ id: z.string().min(1).max(200) }),
      body: z.strictObject({
        moveCuts: musicVideoEditsSchema.shape.moveCuts.unwrap().optional(),
        barOneSeconds: musicVideoEditsSchema.shape.barOneSeconds,
        swapPictures: musicVideoEditsSchema.shape.swapPictures.unwrap().optional(),
        regeneratePictures: z.array(z.strictObject({ moment: z.number().int().nonnegative() })).max(64).optional()
          .describe('Pictures to draw again: key moment `moment` (0 first, in the output\'s imageAssetIds order) gets a new drawing of the same prompt.'),
        sectionStyles: musicVideoEditsSchema.shape.sectionStyles.unwrap().optional(),
      }),
      response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    const source = await runtime.jobs.get(request.userId, request.params.id);
    if (source.pipeline !== 'music-video') throw new BadInputError(`Job ${source.id} is a ${source.pipeline} job, not a music video.`);
    if (source.state !== 'succeeded') throw new ConflictError(`The music video ${source.id} is ${source.state}; edit it once it has finished.`);
    const input = source.input as MusicVideoInput;
    const output = source.output as MusicVideoOutput;
    const { moveCuts = [], barOneSeconds, swapPictures = [], regeneratePictures = [], sectionStyles = [] } = request.body;
    if (moveCuts.length === 0 && barOneSeconds === undefined && swapPictures.length === 0 && regeneratePictures.length === 0 && sectionStyles.length === 0) {
      throw new BadInputError('Name at least one edit: moveCuts, barOneSeconds, swapPictures, regeneratePictures or sectionStyles.');
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
    for (const [field, changes] of [['swapPictures', swapPictures], ['regeneratePictures', regeneratePictures]] as const) {
      const outside = changes.find((change) => change.moment >= output.imageAssetIds.length);
      if (outside) {
        throw new BadInputError(`${field}: the video has ${output.imageAssetIds.length} pictures (moments 0 to ${output.imageAssetIds.length - 1}); there is no moment ${outside.moment}.`, { details: { field } });
      }
    }
    if (sectionStyles.length > 0) {
      const sections = await sectionCount(runtime, request.userId, output.analysisAssetId);
      const outside = sectionStyles.find((change) => change.section >= sections);
      if (outside) {
        const listed = sections === 0 ? 'no sections' : `${sections} sections (0 to ${sections - 1})`;
        throw new BadInputError(`sectionStyles: the song's analysis lists ${listed}; there is no section ${outside.section}.`, { details: { field: 'sectionStyles' } });
      }
    }
    for (const swap of swapPictures) {
      const picture = await runtime.assets.get(request.userId, swap.assetId);
      if (!picture.mediaType.startsWith('image/')) throw new UnsupportedMediaTypeError(`The asset ${swap.assetId} is ${picture.mediaType}; a picture must be an image.`);
    }
    const redrawn = nextDraws(input.edits?.regeneratePictures ?? [], regeneratePictures);
    const edits: MusicVideoEdits = {
      moveCuts: [...(input.edits?.moveCuts ?? []), ...moveCuts],
      // A picture asked for again replaces the one swapped in before it; a picture swapped now replaces any drawing.
      swapPictures: [...(input.edits?.swapPictures ?? []).filter((old) => !swapPictures.some((swap) => swap.moment === old.moment) && !regeneratePictures.some((redraw) => redraw.moment === old.moment)), ...swapPictures],
      regeneratePictures: redrawn,
      sectionStyles: [...(input.edits?.sectionStyles ?? []).filter((old) => !sectionStyles.some((change) => change.section === old.section)), ...sectionStyles],
      ...(barOneSeconds ?? input.edits?.barOneSeconds) === undefined ? {} : { barOneSeconds: barOneSeconds ?? input.edits?.barOneSeconds },
    };
    // A new bar 1 moves every cut, so the cuts moved by hand before it no longer name cuts of the new video.
    if (barOneSeconds !== undefined) edits.moveCuts = moveCuts;
    // New drawings reuse the pictures the corrected video was drawn with; otherwise the pictures it was
    // given stay, so an edit of the cuts alone keeps the pictures step's cache key.
    const picturesFrom = regeneratePictures.length > 0 || sectionStyles.length > 0 ? output.drawnImageAssetIds ?? output.imageAssetIds : input.picturesFrom;
    const job = await runtime.jobs.create(request.userId, 'music-video', { ...input, editOf: source.id, edits, ...(picturesFrom ? { picturesFrom } : {}) });
    return sendQueuedJob(reply, job);
  });
};

/** The drawings after this request: each picture asked for again counts one more drawing than it had. */
function nextDraws(before: readonly { moment: number; draw: number }[], asked: readonly { moment: number }[]): { moment: number; draw: number }[] {
  const draws = new Map(before.map((redraw) => [redraw.moment, redraw.draw]));
  for (const { moment } of asked) draws.set(moment, (draws.get(moment) ?? 0) + 1);
  return [...draws].map(([moment, draw]) => ({ moment, draw }));
}

/** How many sections the video's analysis lists: the sections a style change may name. */
async function sectionCount(runtime: KilnRuntime, userId: string, analysisAssetId: string): Promise<number> {
  return (await readAudioAnalysis(runtime.assets, userId, analysisAssetId)).sections.length;
}
