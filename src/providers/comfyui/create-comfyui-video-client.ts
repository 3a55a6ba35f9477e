import { createHash } from 'node:crypto';
import { ConfigError, InvalidOutputError } from '../../engine/errors/index.ts';
import type { MediaData } from '../spec/index.ts';
import { createComfyUiClient } from './comfyui-client.ts';
import { fillComfyWorkflow, type ComfyWorkflow } from './comfyui-workflow.ts';

export interface ComfyUiVideoSettings {
  /** `http://127.0.0.1:8188` by default. */
  baseURL?: string;
  fetch?: typeof fetch;
  /** The backend's configured name, for messages and `servedBy`; `comfyui` by default. */
  name?: string;
  /**
   * An API-format image-to-video graph (e.g. a Wan first-last-frame workflow exported with "Save
   * (API)"), with placeholders: {{start_image}} · {{end_image}} (uploaded file names) · {{frames}} ·
   * {{fps}} · {{prompt}} · {{negative_prompt}} · {{seed}} · {{width}} · {{height}}.
   */
  videoWorkflow: ComfyWorkflow;
  /** Most frames asked of the model for one clip; longer scenes slow the clip down. 81 by default (Wan). */
  maxFrames?: number;
  /** Longest wait for one clip; 10 minutes by default. */
  timeoutMs?: number;
  pollIntervalMs?: number;
}

export interface ComfyUiClipRequest {
  startImage: MediaData;
  endImage: MediaData;
  frames: number;
  fps: number;
  width: number;
  height: number;
  prompt: string;
  negativePrompt?: string;
  seed?: number;
  signal?: AbortSignal;
}

export interface ComfyUiClip {
  data: Uint8Array;
  /** The produced file's name on the server, e.g. `kiln_00001.mp4`. */
  filename: string;
  /** Its extension without the dot. */
  extension: string;
}

const videoFile = /\.(mp4|webm|webp|gif|mov|mkv)$/i;

/**
 * Asks a ComfyUI server for an image-to-video clip between two pictures: both are uploaded, the
 * configured video workflow queued with them, its history polled and the video file it wrote (a
 * `gifs`, `videos` or `images` entry with a video extension) downloaded. The registry reaches it through
 * createComfyUiVideoModel, the `video` capability of a comfyui backend with a videoWorkflow.
 */
export function createComfyUiVideoClient(settings: ComfyUiVideoSettings) {
  const name = settings.name ?? 'comfyui';
  if (!settings.videoWorkflow || typeof settings.videoWorkflow !== 'object') {
    throw new ConfigError(`${name} has no videoWorkflow; export an image-to-video graph from ComfyUI with "Save (API)" and put it under backends.${name}.videoWorkflow.`);
  }
  const client = createComfyUiClient({ baseURL: settings.baseURL, fetch: settings.fetch, provider: name, pollIntervalMs: settings.pollIntervalMs });

  async function upload(image: MediaData, signal?: AbortSignal): Promise<string> {
    const extension = image.mediaType === 'image/jpeg' ? 'jpg' : image.mediaType === 'image/webp' ? 'webp' : 'png';
    // Named by content: a picture shared by two clips is stored once.
    const hash = createHash('sha256').update(image.data).digest('hex').slice(0, 16);
    return client.upload(image.data, image.mediaType, `kiln-keyframe-${hash}.${extension}`, signal);
  }

  return {
    name,
    /** The most frames one clip is asked for. */
    maxFrames: settings.maxFrames ?? 81,
    async renderClip(request: ComfyUiClipRequest): Promise<ComfyUiClip> {
      const { signal } = request;
      signal?.throwIfAborted();
      const startImage = await upload(request.startImage, signal);
      const endImage = await upload(request.endImage, signal);
      const graph = fillComfyWorkflow(settings.videoWorkflow, {
        start_image: startImage, end_image: endImage,
        frames: Math.max(1, Math.min(request.frames, settings.maxFrames ?? 81)), fps: request.fps,
        prompt: request.prompt, negative_prompt: request.negativePrompt ?? 'blurry, distorted, flicker, watermark, text',
        seed: request.seed ?? Math.floor(Math.random() * 2 ** 31), width: request.width, height: request.height,
      });
      const promptId = await client.queue(graph, signal);
      const file = await client.waitForOutput(promptId, (candidate) => videoFile.test(candidate.filename) && (candidate.type ?? 'output') === 'output', settings.timeoutMs ?? 600_000, signal);
      const data = await client.download(file, signal);
      if (data.length === 0) throw new InvalidOutputError(`${name} served ${file.filename} empty.`);
      return { data, filename: file.filename, extension: file.filename.split('.').pop()!.toLowerCase() };
    },
  };
}

export type ComfyUiVideoClient = ReturnType<typeof createComfyUiVideoClient>;
