import type { VideoGenerateOptions, VideoGenerateResult, VideoModel } from '../spec/index.ts';
import { createComfyUiVideoClient, type ComfyUiVideoSettings } from './create-comfyui-video-client.ts';

/** The one model id a ComfyUI backend serves video under: the graph in its `videoWorkflow`. */
export const comfyUiVideoModelId = 'video-workflow';

/** The `video` capability of a ComfyUI backend: its configured image-to-video graph, one clip per call. */
export function createComfyUiVideoModel(settings: ComfyUiVideoSettings): VideoModel {
  const client = createComfyUiVideoClient(settings);
  return {
    provider: client.name,
    modelId: comfyUiVideoModelId,
    async generate(options: VideoGenerateOptions): Promise<VideoGenerateResult> {
      const { abortSignal, ...request } = options;
      const clip = await client.renderClip({ ...request, signal: abortSignal });
      // The client caps the frames at what the model makes (Wan: 81); the render stretches the clip to the shot.
      // No count of frames asked in the sentence: the same warning from every long shot is said once.
      const warnings = options.frames > client.maxFrames
        ? [{ setting: 'frames', message: `${client.name} makes at most ${client.maxFrames} frames a clip, so a longer shot's clip is slowed to fill it.` }]
        : [];
      return { data: clip.data, extension: clip.extension, warnings };
    },
  };
}
