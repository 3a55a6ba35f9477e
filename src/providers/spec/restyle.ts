import type { CallOptions, MediaData, ModelIdentity, ProviderWarning } from './common.ts';

export interface RestyleOptions extends CallOptions {
  /** The source picture (a webcam frame, a photo). */
  image: MediaData;
  /** The style asked for, as words or a preset name. */
  prompt: string;
  /** How far to move from the source, 0 (unchanged) to 1 (ignore it). */
  strength?: number;
  /** Seed for AI backends; keeps consecutive frames alike. */
  seed?: number;
  /** The media type to answer with (`image/jpeg` by default). */
  outputMediaType?: string;
}

export interface RestyleResult {
  /** The restyled picture. */
  image: MediaData;
  warnings: ProviderWarning[];
}

/** Image to image. */
export interface RestyleModel extends ModelIdentity {
  restyle(options: RestyleOptions): Promise<RestyleResult>;
}
