import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import { storyContentSchema } from './story-content.ts';
import { createStoryStore } from './story-store.ts';
import { requiredService } from '../../runtime/step-services.ts';

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
    const database = requiredService(context.services, 'database');
    const story = await createStoryStore(database).save(context.ownerId, { jobId: context.jobId, ...input });
    return { storyId: story.id };
  },
});
