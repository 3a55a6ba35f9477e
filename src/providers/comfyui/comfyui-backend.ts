import type { z } from 'zod';
import type { comfyUiSettingsSchema } from '../../config/config-file-schema.ts';
import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings } from '../backend.ts';
import { createDiffusionBackend } from '../diffusion/create-diffusion-backend.ts';
import type { Capability, ModelByCapability } from '../spec/index.ts';
import { createComfyUiImageModel } from './create-comfyui-image-model.ts';
import { createComfyUiRestyleModel } from './create-comfyui-restyle-model.ts';
import { comfyUiVideoModelId, createComfyUiVideoModel } from './create-comfyui-video-model.ts';

/** The config entry's settings (typed from its schema) and the registry's. */
export type ComfyUiBackendSettings = BackendBaseSettings & z.infer<typeof comfyUiSettingsSchema>;

/**
 * A registry backend over a ComfyUI server, for the config's `{ type: 'comfyui', baseURL, workflow,
 * imageWorkflow, videoWorkflow }`: live restyling and pictures by queueing API-format graphs, and,
 * when it has a `videoWorkflow`, `video` clips under the model id `video-workflow`.
 */
export function createComfyUiBackend(settings: ComfyUiBackendSettings = {}): Backend {
  const name = settings.name ?? 'comfyui';
  const diffusion = createDiffusionBackend({
    name,
    type: 'comfyui',
    restyle: (checkpoint) => createComfyUiRestyleModel({ ...settings, provider: name, checkpoint }),
    image: (checkpoint) => createComfyUiImageModel({ ...settings, provider: name, checkpoint }),
  });
  const { videoWorkflow } = settings;
  if (!videoWorkflow) return diffusion;
  return {
    ...diffusion,
    capabilities: [...diffusion.capabilities, 'video'],
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      if (capability !== 'video') return diffusion.model(capability, modelId);
      if (modelId !== comfyUiVideoModelId) {
        throw new ProviderUnsupportedError(`${name} makes video only with its videoWorkflow: name it ${name}:${comfyUiVideoModelId}, not ${name}:${modelId}.`, { details: { provider: name, capability, modelId } });
      }
      const video = createComfyUiVideoModel({ baseURL: settings.baseURL, fetch: settings.fetch, name, videoWorkflow, timeoutMs: settings.videoTimeoutMs });
      return video as ModelByCapability[C];
    },
  };
}
