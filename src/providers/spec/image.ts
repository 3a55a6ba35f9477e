import type { CallOptions, MediaData, ModelIdentity, ProviderWarning } from './common.ts';

export interface ImageGenerateOptions extends CallOptions {
  /** What to draw. */
  prompt: string;
  /** What to keep out of the picture, for backends that take one. */
  negativePrompt?: string;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** Seed: the same prompt and seed give the same image on deterministic backends. */
  seed?: number;
  /** Images to take characters or style from (img2img or reference input where the backend has it). */
  referenceImages?: MediaData[];
}

export interface ImageGenerateResult {
  /** The picture, usually `image/png`. */
  image: MediaData;
  /** What the backend says it drew (the built-in illustrator's scene description); usable as alt text. */
  description?: string;
  warnings: ProviderWarning[];
}

/** Text to image. */
export interface ImageModel extends ModelIdentity {
  generate(options: ImageGenerateOptions): Promise<ImageGenerateResult>;
}
