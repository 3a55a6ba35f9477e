import type { CallOptions, MediaData, ModelIdentity, ProviderWarning } from './common.ts';

export interface TranscriptionOptions extends CallOptions {
  /** The recording. */
  audio: MediaData;
  /** The spoken language when known (BCP 47); detected otherwise. */
  language?: string;
  /** Words the recognizer should expect (names, jargon). */
  prompt?: string;
}

export interface TranscriptSegment {
  /** Start in seconds. */
  start: number;
  /** End in seconds. */
  end: number;
  /** The words heard. */
  text: string;
}

export interface TranscriptionResult {
  /** The whole transcript. */
  text: string;
  /** Timed pieces where the backend gives them. */
  segments: TranscriptSegment[];
  /** The language heard, where reported. */
  language?: string;
  warnings: ProviderWarning[];
}

/** Speech to text. */
export interface TranscriptionModel extends ModelIdentity {
  transcribe(options: TranscriptionOptions): Promise<TranscriptionResult>;
}
