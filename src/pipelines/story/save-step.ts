import { z } from 'zod';
import { ConfigError } from '../../engine/errors/index.ts';
import { defineStep } from '../../engine/step.ts';
import type { Database } from '../../store/database.ts';
import { storyContentSchema } from './story-content.ts';
import { createStoryStore } from './story-store.ts';

/**
 * The last step: writes the story into the library (the stories table). Only here, so a job that
 * failed or was cancelled earlier leaves no half-made story behind.
 */
export const saveStep = defineStep({
  id: 'story.save',
  version: 1,
  input: z.object({ profileId: z.string().nullable(), prompt: z.string(), content: storyContentSchema, assetIds: z.array(z.string()) }),
  output: z.object({ storyId: z.string() }),
  // The row is keyed by job; a cached output from another job must never stand in for this job's row.
  cacheable: false,
  async run(input, context) {
    const database = context.services.database as Database | undefined;
    if (!database) throw new ConfigError('The story pipeline needs the database in its services to save the story; run it through the server or `kiln worker`, which pass one.');
    const story = await createStoryStore(database).save(context.ownerId, { jobId: context.jobId, ...input });
    return { storyId: story.id };
  },
});
