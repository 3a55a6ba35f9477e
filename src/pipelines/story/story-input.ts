import { z } from 'zod';
import { profileFieldsSchema } from './profile-store.ts';
import { videoShapeSchema } from './video-frame-size.ts';

/** Most scenes a story may have. */
export const maxScenes = 12;

/** A story job's input: the routes and the CLI fill it from a saved profile or from flags. */
export const storyInputSchema = z.strictObject({
  /** The parent's idea, e.g. "a sleepy dragon who lost his blanket". */
  prompt: z.string().max(2000),
  /** What the route's or CLI's prompt check already changed (personal details out), for the parent; it is not run twice on the raw text. */
  notes: z.array(z.string().max(400)).max(10).default([]),
  /** The child the story is for, as the profile was when the story was asked for. */
  profile: profileFieldsSchema.extend({ id: z.string().nullable().default(null) }),
  scenes: z.int().min(1, 'a story needs at least 1 scene').max(maxScenes, `a story has at most ${maxScenes} scenes`).default(4),
  /** Also make an MP4 of the pictures, narration and subtitles. */
  video: z.boolean().default(true),
  /** The video's shape: `landscape` keeps the pictures' own aspect ratio (16:9 pictures make a 16:9 video); `portrait` is 9:16 for phones, panning across each picture. */
  videoShape: videoShapeSchema.default('landscape'),
  /** Same seed, same story (with deterministic backends). */
  seed: z.int().min(0).max(2_147_483_647).default(1),
  /**
   * `child` (default) is strict and fails closed. Set by the server from the operator's settings
   * (see story-mode.ts); the job service refuses a request that sends it.
   */
  mode: z.enum(['child', 'standard']).default('child'),
});

export type StoryInput = z.output<typeof storyInputSchema>;
