import type { CallOptions, MediaData, ModelIdentity, ProviderWarning } from './common.ts';

/** A picture already decoded: what a live frame is once the filters have read it, so it is not decoded twice. */
export interface RawPixels {
  /** Rows of pixels, top to bottom, `channels` bytes each (RGB or RGBA). */
  data: Uint8Array;
  /** Width in pixels. */
  width: number;
  /** Height in pixels. */
  height: number;
  /** 3 for RGB, 4 for RGBA (the alpha byte is ignored). */
  channels: 3 | 4;
}

export interface SegmentOptions extends CallOptions {
  /** The picture: encoded bytes (JPEG, PNG, WebP) or pixels already decoded. */
  image: MediaData | RawPixels;
}

/** Where the person is, one byte per pixel of the picture as given. */
export interface PersonMask {
  /** 0 background, 255 person; values between are the model's confidence, which makes soft edges. */
  data: Uint8Array;
  /** The picture's width. */
  width: number;
  /** The picture's height. */
  height: number;
}

export interface SegmentResult {
  /** The person (or people) against everything else. */
  mask: PersonMask;
  warnings: ProviderWarning[];
  /** Time the model itself took, in milliseconds (load, decode and queueing excluded). */
  milliseconds: number;
}

/** Picture to person mask: separates the people in a picture from the room behind them. */
export interface SegmentationModel extends ModelIdentity {
  segment(options: SegmentOptions): Promise<SegmentResult>;
}
