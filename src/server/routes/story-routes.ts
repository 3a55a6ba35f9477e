import { randomInt } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkStoryPrompt } from '../../pipelines/story/check-prompt-step.ts';
import { createProfileStore } from '../../pipelines/story/profile-store.ts';
import { storyContentSchema } from '../../pipelines/story/story-content.ts';
import { videoShapeSchema } from '../../pipelines/story/video-frame-size.ts';
import { maxScenes } from '../../pipelines/story/story-input.ts';
import { storyModeFor } from '../../pipelines/story/story-mode.ts';
import { createStoryStore, type StoryRecord } from '../../pipelines/story/story-store.ts';
import { sendQueuedJob } from '../http/send-queued-job.ts';
import { jobSchema } from './job-schemas.ts';
import { databaseOf } from './profile-routes.ts';
import type { RouteOptions } from './route-options.ts';

const params = z.object({ id: z.string().min(1).max(100) });

const createStoryBody = z.strictObject({
  profileId: z.string().min(1).max(100),
  prompt: z.string().max(4000),
  scenes: z.int().min(1, 'a story needs at least 1 scene').max(maxScenes, `a story has at most ${maxScenes} scenes`).default(4),
  video: z.boolean().default(true),
  videoShape: videoShapeSchema.default('landscape').describe('`landscape`: the pictures\' own aspect ratio; `portrait`: 9:16, panning across each picture.'),
  seed: z.int().min(0).max(2_147_483_647).optional(),
  // Named only to refuse it with a reason: the job service answers that the mode is the operator's.
  mode: z.unknown().optional(),
});

const storySummarySchema = z.object({
  id: z.string(), profileId: z.string().nullable(), jobId: z.string().nullable(), title: z.string(), prompt: z.string(),
  checkedLocallyOnly: z.boolean(), createdAt: z.string(), scenes: z.int(), coverAssetId: z.string().nullable(), videoAssetId: z.string().nullable(),
});
const storySchema = storySummarySchema.extend({ content: storyContentSchema, assetIds: z.array(z.string()) });

function summary(story: StoryRecord) {
  const { content, assetIds: _assets, ...rest } = story;
  return { ...rest, scenes: content.scenes.length, coverAssetId: content.scenes[0]?.imageAssetId ?? null, videoAssetId: content.videoAssetId };
}

/** Stories: ask for one (a `story` job), list your library, read or delete one. Private to their owner. */
export const storyRoutes: FastifyPluginAsyncZod<RouteOptions> = async (app, { runtime, rateLimits }) => {
  const stories = () => createStoryStore(databaseOf(runtime));

  // The idea is checked before the job budget is counted: a refused idea creates no job and costs a few
  // milliseconds, so a parent rewording one (or a red-team run) is not locked out of stories by refusals.
  // One rate-limit hook runs per request (the plugin marks the request), so the check is the first preHandler.
  const checkedPrompts = new WeakMap<object, Awaited<ReturnType<typeof checkStoryPrompt>>>();
  app.post('/stories', {
    preHandler: [
      async (request) => {
        checkedPrompts.set(request, await checkStoryPrompt(request.body.prompt, storyModeFor(runtime.config.safety, request.userId), runtime.config.safety.termsFile));
      },
      rateLimits['jobs-create'],
    ],
    schema: {
      summary: 'Ask for a bedtime story',
      description: 'Checks the prompt first: a refused prompt answers 422 unsafe_content with a kind reason and nothing is written (and does not count against the job-creation rate limit). Otherwise queues a `story` job; follow it at /api/jobs/{id}/events.',
      tags: ['stories'],
      body: createStoryBody,
      response: { 202: jobSchema },
    },
  }, async (request, reply) => {
    const { profileId, prompt: _prompt, scenes, video, videoShape, seed, ...operatorFields } = request.body;
    const profile = await createProfileStore(databaseOf(runtime)).get(request.userId, profileId);
    // Only the checked prompt is stored, personal details already out; its notes travel with it.
    const checked = checkedPrompts.get(request)!;
    const { createdAt: _created, updatedAt: _updated, ...fields } = profile;
    const job = await runtime.jobs.create(request.userId, 'story', {
      prompt: checked.prompt, notes: checked.notes, profile: fields, scenes, video, videoShape, seed: seed ?? randomInt(0, 2_147_483_647), ...operatorFields,
    });
    return sendQueuedJob(reply, job);
  });

  app.get('/stories', {
    onRequest: rateLimits.reads,
    schema: {
      summary: 'Your story library, newest first', tags: ['stories'],
      querystring: z.object({ profileId: z.string().optional(), limit: z.coerce.number().int().min(1).max(200).default(100) }),
      response: { 200: z.object({ stories: z.array(storySummarySchema) }) },
    },
  }, async (request) => ({ stories: (await stories().list(request.userId, request.query)).map(summary) }));

  app.get('/stories/:id', {
    onRequest: rateLimits.reads,
    schema: { summary: 'One story with its scenes, timings and asset ids', tags: ['stories'], params, response: { 200: storySchema } },
  }, async (request) => {
    const story = await stories().get(request.userId, request.params.id);
    return { ...summary(story), content: story.content, assetIds: story.assetIds };
  });

  app.delete('/stories/:id', {
    onRequest: rateLimits['jobs-create'],
    schema: { summary: 'Delete a story and its pictures, audio and video', tags: ['stories'], params },
  }, async (request, reply) => {
    const assetIds = await stories().delete(request.userId, request.params.id);
    for (const assetId of assetIds) await runtime.assets.delete(request.userId, assetId).catch(() => undefined);
    return reply.code(204).send();
  });
};
