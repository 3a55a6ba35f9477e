import { z } from 'zod';
import { tempoHintRange } from '../../media/audio/tempo-hint-range.ts';

export { longestSongSeconds } from './longest-song-seconds.ts';
/** Most character images one video takes. */
export const mostCharacters = 8;

const assetId = z.string().min(1).max(200);

/** How the scenes should look, in words: the job's style and a section's own style are checked alike. */
export const styleTextSchema = z.string().trim().max(500);

/** A key moment as the steps pass it on: the analysis' own shape. */
export const keyMomentSchema = z.object({
  timestamp: z.number().nonnegative(),
  intensity: z.number().min(0).max(1),
  description: z.string(),
});

export type MusicVideoMoment = z.output<typeof keyMomentSchema>;

/** Corrections a person made to a finished video (POST /api/music-videos/:id/edits); a new job renders them. */
export const musicVideoEditsSchema = z.strictObject({
  moveCuts: z.array(z.strictObject({ from: z.number().nonnegative(), to: z.number().nonnegative() })).max(200).default([])
    .describe('Cuts moved, in order: the cut at `from` seconds (as the video listed it) goes to `to`.'),
  barOneSeconds: z.number().nonnegative().optional().describe('Where bar 1 starts, in seconds: every bar line (and so every cut) follows from it.'),
  swapPictures: z.array(z.strictObject({ moment: z.number().int().nonnegative(), assetId })).max(64).default([])
    .describe('Pictures replaced: key moment `moment` (0 first, in the output\'s imageAssetIds order) shows the image `assetId`.'),
  regeneratePictures: z.array(z.strictObject({ moment: z.number().int().nonnegative(), draw: z.number().int().positive().max(1_000_000) })).max(200).default([])
    .describe('Pictures drawn again: key moment `moment` gets its `draw`th new drawing of the same prompt (a new seed each time).'),
  sectionStyles: z.array(z.strictObject({ section: z.number().int().nonnegative(), style: styleTextSchema.min(1, 'Write the style words for the section.') })).max(64).default([])
    .describe('Sections restyled: the pictures of song section `section` (0 first, as the analysis lists them) are drawn from `style` instead of the video\'s style.'),
});

export type MusicVideoEdits = z.output<typeof musicVideoEditsSchema>;

/** The number ranges of a job's settings, shared by the schema and `kiln musicvideo`'s flags. */
export const musicVideoLimits = {
  moments: { min: 3, max: 24 },
  width: { min: 320, max: 1920 },
  height: { min: 180, max: 1920 },
  fps: { min: 12, max: 30 },
  beatOffsetSeconds: { min: -0.5, max: 0.5 },
} as const;

/** The input of a `music-video` job. */
export const musicVideoInputSchema = z.strictObject({
  songAssetId: assetId.describe('The song: an uploaded audio asset (MP3, WAV, FLAC, Ogg or M4A), up to 20 minutes.'),
  characterAssetIds: z.array(assetId).max(mostCharacters).default([])
    .describe('Up to 8 uploaded images of characters to feature in the scenes.'),
  style: styleTextSchema.default('').describe('How the scenes should look, e.g. "neon city at night, a fox and a robot".'),
  moments: z.number().int().min(musicVideoLimits.moments.min).max(musicVideoLimits.moments.max).default(7).describe('Key moments of the song, one picture each (3 to 24).'),
  bpm: z.number().min(tempoHintRange.min).max(tempoHintRange.max).optional()
    .describe('The song\'s tempo if you know it, about (40 to 240 BPM): the beat is found at the level nearest it, so the cuts are not at half or double the beat you hear.'),
  width: z.number().int().min(musicVideoLimits.width.min).max(musicVideoLimits.width.max).multipleOf(2).default(960).describe('Video width in pixels (even).'),
  height: z.number().int().min(musicVideoLimits.height.min).max(musicVideoLimits.height.max).multipleOf(2).default(540).describe('Video height in pixels (even); up to 1920 for vertical 1080×1920 shorts.'),
  fps: z.number().int().min(musicVideoLimits.fps.min).max(musicVideoLimits.fps.max).default(24).describe('Frames per second.'),
  beatOffsetSeconds: z.number().min(musicVideoLimits.beatOffsetSeconds.min).max(musicVideoLimits.beatOffsetSeconds.max).default(0)
    .describe('Moves every cut this many seconds off its beat; negative cuts early.'),
  dance: z.boolean().default(false)
    .describe('The characters dance over the pictures (squash and bounce on the beat, sway on the bar, a jump on the biggest hits) instead of being drawn into them; built-in illustrator and motion only.'),
  motion: z.enum(['builtin', 'comfyui']).default('builtin')
    .describe('How the pictures move: built-in Ken Burns pan and zoom with crossfades, or image-to-video clips from the `video` fallback list (ComfyUI video workflows; Ken Burns when they all fail).'),
  editOf: z.string().min(1).max(200).optional().describe('The finished music video job this one corrects: its rendered shots are reused where nothing changed.'),
  edits: musicVideoEditsSchema.optional(),
  picturesFrom: z.array(assetId).max(200).optional()
    .describe('The pictures of the video this one corrects, as drawn: those the edits leave alone are reused, not drawn again.'),
}).superRefine((input, context) => {
  // Refused rather than ignored: a video asked to dance that shows nobody dancing looks like a bug.
  if (input.dance && input.characterAssetIds.length === 0) {
    context.addIssue({ code: 'custom', path: ['dance'], message: 'Dancing needs a character: add at least one character image, or leave dance off.' });
  }
  if (input.dance && input.motion !== 'builtin') {
    context.addIssue({ code: 'custom', path: ['dance'], message: 'Dancing works with the built-in motion only; leave motion at builtin, or dance off.' });
  }
});

export type MusicVideoInput = z.output<typeof musicVideoInputSchema>;
