/**
 * The shapes the shorts planner, the render steps, the routes, the CLI and the web page hand to
 * each other: the job's input, a proposed clip with its score, chapters and edit points.
 */
import { z } from 'zod';
import { transcriptFormats } from '../vocabulary-contracts.ts';

/** YouTube Shorts' limits, and what a short needs to say something: 15 to 60 seconds. */
export const shortestClipSeconds = 15;
export const longestClipSeconds = 60;
export const mostClips = 5;
/** YouTube's chapter rules: at least 3 chapters of at least 10 s each, so 30 s of recording. */
export const shortestChapterSeconds = 10;
export const shortestRecordingSeconds = 30;

/** A span of the recording a user chose (or moved) on the timeline. */
export const clipChoiceSchema = z.object({
  start: z.number().nonnegative(),
  end: z.number().positive(),
}).refine((clip) => clip.end - clip.start >= shortestClipSeconds - 1e-6 && clip.end - clip.start <= longestClipSeconds + 1e-6, {
  message: `a short lasts ${shortestClipSeconds} to ${longestClipSeconds} seconds`,
});
export type ClipChoice = z.infer<typeof clipChoiceSchema>;

/** How a clip scored: each part in 0..1, and the weighted sum the clips are ranked by. */
export const clipScoreSchema = z.object({
  /** Expressions used in the clip (each use weighted 1/√ its uses in the stream), per second, relative to the busiest window of the recording. */
  expressions: z.number().min(0).max(1),
  /** Mean loudness (K-weighted, relative to the loudest second) over the clip. */
  energy: z.number().min(0).max(1),
  /** Laughter in the chat (草, ｗ, lol, 笑) during the clip and 5 s after, relative to the busiest window; null without a chat log. */
  chat: z.number().min(0).max(1).nullable(),
  /** 0.5·expressions + 0.3·energy + 0.2·chat, or 0.6·expressions + 0.4·energy without a chat log. */
  total: z.number().min(0).max(1),
});

/** One subtitle of a short: the Japanese line and the English glosses of the expressions in it. */
export const shortSubtitleSchema = z.object({
  /** Seconds from the clip's start. */
  start: z.number().nonnegative(),
  end: z.number().nonnegative(),
  japanese: z.string(),
  english: z.string(),
});
export type ShortSubtitle = z.infer<typeof shortSubtitleSchema>;

export const plannedClipSchema = z.object({
  /** 1-based, in time order; the file is `short-0N.mp4`. */
  index: z.number().int().positive(),
  start: z.number().nonnegative(),
  end: z.number().positive(),
  score: clipScoreSchema,
  /** The main expressions of the clip, for its title. */
  title: z.string(),
  expressions: z.array(z.object({ expression: z.string(), reading: z.string(), english: z.string().nullable() })),
  subtitles: z.array(shortSubtitleSchema),
});
export type PlannedClip = z.infer<typeof plannedClipSchema>;

export const chapterSchema = z.object({ start: z.number().nonnegative(), title: z.string().min(1) });
export type Chapter = z.infer<typeof chapterSchema>;

/** A place an editor may cut: a pause between sentences, a loud moment, a burst of laughter in chat. */
export const editPointSchema = z.object({
  time: z.number().nonnegative(),
  kind: z.enum(['pause', 'highlight', 'chat-laughter', 'chapter']),
  /** Pause: its length in seconds; highlight: loudness 0..1; laughter: messages in 10 s; chapter: 1. */
  strength: z.number(),
  note: z.string(),
});
export type EditPoint = z.infer<typeof editPointSchema>;

export const shortsPlanSchema = z.object({
  recordingSeconds: z.number().positive(),
  hasVideo: z.boolean(),
  clips: z.array(plannedClipSchema),
  chapters: z.array(chapterSchema).min(3),
  editPoints: z.array(editPointSchema),
  warnings: z.array(z.string()),
});
export type ShortsPlan = z.infer<typeof shortsPlanSchema>;

/** A `vocabulary-shorts` job's input; uploads are stored as assets first and named here. */
export const shortsInputSchema = z.strictObject({
  recordingAssetId: z.string().min(1),
  transcriptAssetId: z.string().min(1),
  format: z.enum(transcriptFormats).optional(),
  /** A chat log (one message a line, each starting with its time) for the laughter part of the score. */
  chatAssetId: z.string().min(1).optional(),
  /** How many clips the plan proposes when `clips` is not given. */
  count: z.number().int().min(1).max(mostClips).default(3),
  /** The spans to render, as the user chose them; the plan proposes `count` clips when absent. */
  clips: z.array(clipChoiceSchema).min(1).max(mostClips).optional(),
  /** Plan only (clips, chapters, edit points) and render nothing: the web page shows it first. */
  planOnly: z.boolean().default(false),
  width: z.number().int().min(180).max(1080).default(1080),
  height: z.number().int().min(320).max(1920).default(1920),
});
export type ShortsInput = z.output<typeof shortsInputSchema>;

/** Clips a job renders: the user's when given, else the count the plan proposes. */
export const clipsToRender = (input: ShortsInput) => (input.planOnly ? 0 : input.clips?.length ?? input.count);

/** Most clips that fit a recording without overlapping, at most `mostClips`. */
export const clipsThatFit = (recordingSeconds: number) => Math.max(0, Math.min(mostClips, Math.floor(recordingSeconds / shortestClipSeconds)));
