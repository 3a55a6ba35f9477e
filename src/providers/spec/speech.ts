import type { CallOptions, MediaData, ModelIdentity, ProviderWarning } from './common.ts';

export interface SpeechOptions extends CallOptions {
  /** What to say. */
  text: string;
  /** A voice name the backend knows; the backend's default when absent. */
  voice?: string;
  /** Speaking rate, 1 is normal. */
  speed?: number;
  /** BCP 47 language, e.g. `en`, `ja`. */
  language?: string;
}

/** When a piece of the text is spoken, in seconds from the start of the audio. */
export interface SpeechTiming {
  /** `word` or `sentence`, whichever the backend gives. */
  kind: 'word' | 'sentence';
  /** The words spoken in this span. */
  text: string;
  /** Start in seconds. */
  start: number;
  /** End in seconds. */
  end: number;
}

export interface SpeechResult {
  /** The audio, usually `audio/wav` or `audio/mpeg`. */
  audio: MediaData;
  /** Timings where the backend gives them; empty otherwise. */
  timings: SpeechTiming[];
  warnings: ProviderWarning[];
}

/** Text to speech. */
export interface SpeechModel extends ModelIdentity {
  speak(options: SpeechOptions): Promise<SpeechResult>;
}
