import { z } from 'zod';
import { streamSourceSchema, transcriptFormats } from './vocabulary-contracts.ts';

/** A vocabulary job's input: the routes and the CLI store the upload as an asset first and name it here. */
export const vocabularyInputSchema = z.strictObject({
  /** A transcript (subtitles or text) the user uploaded; parsed and analysed offline. */
  transcriptAssetId: z.string().min(1).optional(),
  /** A recording the user uploaded; transcribed with the `transcription` capability first. */
  recordingAssetId: z.string().min(1).optional(),
  /** The transcript's format when the user named it; told from the content otherwise. */
  format: z.enum(transcriptFormats).optional(),
  /** Where the stream lives, for timestamp links, with its title, channel and date. */
  source: streamSourceSchema.default({}),
  /** Ask the text model for missing meanings and notes (set when its first backend is not the built-in one). */
  enrich: z.boolean().default(false),
  /**
   * The dictionary for meanings and its version, as chooseDictionary names it (`edict 18964712 1612310400000`,
   * `jmdict …`, or `none`); set by the routes and the CLI, so a new dictionary redoes the analysis.
   */
  dictionary: z.string().default('none'),
  /** Older jobs' flag for the configured JMdict file; `dictionary` says it now. */
  jmdict: z.boolean().default(false),
}).refine((input) => Boolean(input.transcriptAssetId) !== Boolean(input.recordingAssetId), {
  message: 'name either a transcript (transcriptAssetId) or a recording (recordingAssetId), not both',
});

export type VocabularyInput = z.output<typeof vocabularyInputSchema>;
