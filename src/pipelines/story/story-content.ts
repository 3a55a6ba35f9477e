import { z } from 'zod';
import { ideaFitnessRecordSchema } from './ask-idea-fitness.ts';

const timingSchema = z.object({ text: z.string(), start: z.number(), end: z.number() });

/** The moderation record kept with each scene and asset (see src/safety/moderation-record.ts). */
export const moderationRecordSchema = z.object({
  mode: z.enum(['child', 'standard']),
  layers: z.array(z.object({
    layer: z.string(),
    model: z.string().optional(),
    categories: z.array(z.object({ category: z.string(), severity: z.number(), reasons: z.array(z.string()).optional() })),
    passed: z.boolean(),
    topics: z.array(z.string()).optional(),
    reasons: z.array(z.string()).optional(),
    unavailable: z.string().optional(),
  })),
  decision: z.enum(['pass', 'regenerated', 'fallback']),
  attempts: z.int(),
  checkedLocallyOnly: z.boolean(),
});

/** One finished scene: what is read, heard and seen. */
export const storySceneSchema = z.object({
  text: z.string(),
  /** The brief the picture was drawn from. */
  illustration: z.string(),
  imageAssetId: z.string(),
  altText: z.string(),
  audioAssetId: z.string(),
  /** When each sentence is spoken in the scene's audio, in seconds. */
  timings: z.array(timingSchema),
  /** The text's moderation record; the picture's is in its asset's metadata. */
  moderation: moderationRecordSchema,
});

/** What the stories table keeps in `content`, and what GET /api/stories/:id answers with. */
export const storyContentSchema = z.object({
  title: z.string(),
  characters: z.array(z.object({ name: z.string(), role: z.string(), looks: z.string() })),
  scenes: z.array(storySceneSchema),
  videoAssetId: z.string().nullable(),
  subtitlesAssetId: z.string().nullable(),
  /** Sentences for the parent: what the prompt check changed. */
  notes: z.array(z.string()),
  /** True when no moderation service answered; the local layers alone checked everything. */
  checkedLocallyOnly: z.boolean(),
  /** `backend:model` that wrote the text. */
  writtenBy: z.string(),
  /** The parts of the idea the story was built from ("a sleepy dragon", "the moon"), to tell the parent. */
  ideaUsed: z.array(z.string()).default([]),
  /** Words of the idea no part took: the parent sees them as "I did not understand: ...". */
  ideaNotUnderstood: z.array(z.string()).default([]),
  /** Words of the idea left out because child mode refuses them alone ("ghoul"): "I left out, as not for a bedtime story: ...". */
  ideaLeftOut: z.array(z.string()).default([]),
  /** Creatures of the idea the built-in illustrator has no shape for: the parent reads that its pictures leave them out. */
  ideaNotDrawn: z.array(z.string()).default([]),
  /** An idea in another language as the storyteller read it, in English word by word: "I read it as: …". */
  ideaReadAs: z.string().optional(),
  /** ideaReadAs is Apertium's machine translation (Italian, Portuguese, Spanish, French), not a word-by-word gloss. */
  ideaTranslated: z.boolean().optional(),
  /** The text model that judged the idea fit for a bedtime story, and its answer; absent when none was asked. */
  ideaCheck: ideaFitnessRecordSchema.optional(),
  /** The language models that could not be asked about the idea, and why: the built-in storyteller alone wrote it. */
  ideaUnchecked: z.array(z.object({ candidate: z.string(), reason: z.string() })).optional(),
});

export type StoryContent = z.output<typeof storyContentSchema>;
export type StoryScene = z.output<typeof storySceneSchema>;
