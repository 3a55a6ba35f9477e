import type { CallOptions, MediaData, ModelIdentity, ProviderWarning } from './common.ts';

export interface VideoGenerateOptions extends CallOptions {
  /** The clip's first frame: the picture it starts from. */
  startImage: MediaData;
  /** The picture the clip moves towards (its last frame, for first-last-frame models). */
  endImage: MediaData;
  /** What happens in the clip, in words. */
  prompt: string;
  /** What the clip should avoid; the backend's own default when absent. */
  negativePrompt?: string;
  /** Frames asked for; a backend with a shorter limit makes fewer and says so in `warnings`. */
  frames: number;
  /** Frames per second the clip is played at. */
  fps: number;
  /** Width of the clip in pixels. */
  width: number;
  /** Height of the clip in pixels. */
  height: number;
  /** Same seed, same inputs: the same clip, where the backend is deterministic. Random when absent. */
  seed?: number;
}

export interface VideoGenerateResult {
  /** The encoded clip (MP4, WebM, animated WebP or GIF). */
  data: Uint8Array;
  /** Its file extension without the dot, e.g. `mp4`, so ffmpeg reads it as what it is. */
  extension: string;
  warnings: ProviderWarning[];
}

/**
 * Two pictures and a prompt to a short moving clip between them (image-to-video). The music video
 * asks one clip per shot; its built-in Ken Burns motion is the step's own last resort, not a model.
 */
export interface VideoModel extends ModelIdentity {
  generate(options: VideoGenerateOptions): Promise<VideoGenerateResult>;
}
