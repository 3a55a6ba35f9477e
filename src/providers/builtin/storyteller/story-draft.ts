import { z } from 'zod';

/** One scene as every text backend must return it. */
export const sceneDraftSchema = z.strictObject({
  /** What the narrator reads: a few sentences. */
  text: z.string().min(1).max(1500),
  /** What the picture shows, for the image model: who, where, doing what, the light and mood. */
  illustration: z.string().min(1).max(500),
});

/** Who appears and how they look; goes into every scene's picture so they stay the same. */
export const characterSchema = z.strictObject({
  name: z.string().min(1).max(60),
  /** `hero`, `friend` or `companion`. */
  role: z.string().min(1).max(30),
  looks: z.string().min(1).max(300),
});

export const storyDraftSchema = z.strictObject({
  title: z.string().min(1).max(120),
  scenes: z.array(sceneDraftSchema).min(1).max(12),
  characters: z.array(characterSchema).min(1).max(6),
});

export type SceneDraft = z.output<typeof sceneDraftSchema>;
export type StoryDraft = z.output<typeof storyDraftSchema>;

/** JSON schemas given to the text backends (structured output). */
export const storyDraftJsonSchema = z.toJSONSchema(storyDraftSchema) as Record<string, unknown>;
export const sceneDraftJsonSchema = z.toJSONSchema(sceneDraftSchema) as Record<string, unknown>;
