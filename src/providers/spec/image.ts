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
  /**
   * `reserve`: leave the places the reference characters would take empty and say where they are
   * (`referencePlaces`), for a caller that puts the characters in itself (the music video makes
   * them dance). Backends that cannot leave them out draw them as usual and return no places.
   * Default `draw`.
   */
  referencePlacement?: 'draw' | 'reserve';
}

/** Where a reference character stands in the picture, in fractions of its width and height. */
export interface ReferencePlace {
  /** Horizontal centre. */
  x: number;
  /** Where its feet are (the bottom of the character). */
  y: number;
  /** Its height. */
  height: number;
}

export interface ImageGenerateResult {
  /** The picture, usually `image/png`. */
  image: MediaData;
  /** What the backend says it drew (the built-in illustrator's scene description); usable as alt text. */
  description?: string;
  /**
   * Where each reference character stands, in `referenceImages` order: with `referencePlacement:
   * 'reserve'`, the room left for it; with `draw`, where the backend drew it, when it knows (the
   * built-in illustrator does; AI backends do not). A caller that asked to reserve and gets no places
   * knows the characters were drawn in.
   */
  referencePlaces?: ReferencePlace[];
  warnings: ProviderWarning[];
}

/** Text to image. */
export interface ImageModel extends ModelIdentity {
  generate(options: ImageGenerateOptions): Promise<ImageGenerateResult>;
}
