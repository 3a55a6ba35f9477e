import { readFile } from 'node:fs/promises';
import type { KilnConfig } from '../../config/index.ts';
import type { ComfyWorkflow } from '../../providers/comfyui/comfyui-workflow.ts';
import { createComfyUiVideoClient } from '../../providers/comfyui/create-comfyui-video-client.ts';
import { sniffImageType } from '../../providers/sniff-image-type.ts';
import type { ClipRequest, MadeClip } from '../../media/video/render-clip-video.ts';

/** The ComfyUI backend that makes the moving clips: the config's first `comfyui` backend with a videoWorkflow. */
export function findComfyUiVideoBackend(config: KilnConfig | undefined): { name: string; baseURL?: string; videoWorkflow: ComfyWorkflow; timeoutMs?: number } | undefined {
  for (const [name, backend] of Object.entries(config?.backends ?? {})) {
    if (backend.type === 'comfyui' && backend.videoWorkflow && typeof backend.videoWorkflow === 'object') {
      return {
        name,
        baseURL: typeof backend.baseURL === 'string' ? backend.baseURL : undefined,
        videoWorkflow: backend.videoWorkflow as ComfyWorkflow,
        timeoutMs: typeof backend.videoTimeoutMs === 'number' ? backend.videoTimeoutMs : undefined,
      };
    }
  }
  return undefined;
}

/**
 * A clip maker for renderClipVideo that asks ComfyUI for each scene's clip, from the scene's
 * picture to the next one, described by the scene's prompt.
 */
export function comfyUiClipMaker(
  backend: NonNullable<ReturnType<typeof findComfyUiVideoBackend>>,
  video: { width: number; height: number; promptOf: (momentIndex: number) => string; seedOf: (momentIndex: number) => number },
): (request: ClipRequest, signal?: AbortSignal) => Promise<MadeClip> {
  const client = createComfyUiVideoClient({ ...backend });
  const picture = async (path: string) => {
    const data = new Uint8Array(await readFile(path));
    return { data, mediaType: sniffImageType(data) };
  };
  return async (request, signal) => {
    const clip = await client.renderClip({
      startImage: await picture(request.startImagePath),
      endImage: await picture(request.endImagePath),
      frames: request.frames, fps: request.fps, width: video.width, height: video.height,
      prompt: video.promptOf(request.momentIndex), seed: video.seedOf(request.momentIndex), signal,
    });
    return { data: clip.data, extension: clip.extension };
  };
}
