/**
 * The shapes the vocabulary studio's parts hand to each other: the transcript parsers and the
 * analyser produce them, the database, the exports, the routes and the CLI consume them. Kept in one
 * file so each part can be built and tested on its own.
 */
import { z } from 'zod';

/** One subtitle cue or transcript line, with its times in seconds (plain text has none). */
export const transcriptCueSchema = z.object({
  /** Seconds from the start of the recording; null for plain text without times. */
  start: z.number().nonnegative().nullable(),
  end: z.number().nonnegative().nullable(),
  text: z.string(),
});
export type TranscriptCue = z.infer<typeof transcriptCueSchema>;

/** The formats the transcript parser reads. */
export const transcriptFormats = ['vtt', 'srt', 'ass', 'json3', 'text'] as const;
export type TranscriptFormat = (typeof transcriptFormats)[number];

/** Where a stream came from; each item's timestamp becomes a link into it. */
export const streamSourceSchema = z.object({
  url: z.string().url().optional(),
  /** `youtube` or `twitch` when the URL is one of theirs; `other` otherwise. */
  platform: z.enum(['youtube', 'twitch', 'other']).optional(),
  videoId: z.string().optional(),
  title: z.string().max(300).optional(),
  channel: z.string().max(200).optional(),
  /** ISO date of the stream. */
  date: z.string().optional(),
});
export type StreamSource = z.infer<typeof streamSourceSchema>;

/** What an item is, for filtering and for how a learner should study it. */
export const itemKinds = ['slang', 'stream_term', 'grammar_pattern', 'cultural_reference', 'word'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** One place an expression was used. */
export const occurrenceSchema = z.object({
  /** The whole sentence (neighbouring cues joined) the expression was used in. */
  sentence: z.string(),
  /** Seconds from the start of the recording of the cue holding the expression; null without times. */
  start: z.number().nonnegative().nullable(),
  end: z.number().nonnegative().nullable(),
  /** Opens the video at that second, when the stream has a YouTube or Twitch URL. */
  link: z.string().nullable(),
});
export type Occurrence = z.infer<typeof occurrenceSchema>;

/** One vocabulary item found in a stream. */
export const vocabularyItemSchema = z.object({
  /** As written in the stream (surface form of the first occurrence, or the glossary headword). */
  expression: z.string().min(1),
  /** Dictionary (lemma) form; the key items are deduplicated by together with the reading. */
  dictionaryForm: z.string().min(1),
  /** Reading in hiragana. */
  reading: z.string(),
  romaji: z.string(),
  /** English meaning; null when no source offered one (see `meaningSource`). */
  english: z.string().nullable(),
  /** Where the meaning came from: the stream glossary, a JMdict file, a text model, or none. */
  meaningSource: z.enum(['glossary', 'jmdict', 'llm', 'none']),
  kind: z.enum(itemKinds),
  /** 1 (easiest) to 5. */
  difficulty: z.number().int().min(1).max(5),
  tags: z.array(z.string()),
  /** A short usage note (glossary or model). */
  note: z.string().nullable(),
  /** Times the expression was used in this stream. */
  count: z.number().int().positive(),
  /** Every place it was used, in time order (first one is the example sentence). */
  occurrences: z.array(occurrenceSchema).min(1),
});
export type VocabularyItem = z.infer<typeof vocabularyItemSchema>;

/** What analysing one transcript gives. */
export const streamAnalysisSchema = z.object({
  items: z.array(vocabularyItemSchema),
  /** Whole sentences built from the cues, with the time of their first cue. */
  sentences: z.array(z.object({ text: z.string(), start: z.number().nullable(), end: z.number().nullable() })),
  /** Running words (content tokens) in the stream, for the comprehension score. */
  tokenCount: z.number().int().nonnegative(),
  /** Share of characters that are Japanese (kana or kanji) among letters. */
  japaneseShare: z.number().min(0).max(1),
  warnings: z.array(z.string()),
});
export type StreamAnalysis = z.infer<typeof streamAnalysisSchema>;

/** A learner's status for an expression; known ones are hidden from new extractions. */
export const expressionStatuses = ['new', 'learning', 'known'] as const;
export type ExpressionStatus = (typeof expressionStatuses)[number];
