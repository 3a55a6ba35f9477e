import type { z } from 'zod';
import type { comfyUiSettingsSchema } from '../../config/config-file-schema.ts';
import type { Backend, BackendBaseSettings } from '../backend.ts';
import { createDiffusionBackend } from '../diffusion/create-diffusion-backend.ts';
import { createComfyUiImageModel } from './create-comfyui-image-model.ts';
import { createComfyUiRestyleModel } from './create-comfyui-restyle-model.ts';

/** The config entry's settings (typed from its schema) and the registry's. */
export type ComfyUiBackendSettings = BackendBaseSettings & z.infer<typeof comfyUiSettingsSchema>;

/**
 * A registry backend over a ComfyUI server, for the config's `{ type: 'comfyui', baseURL, workflow,
 * imageWorkflow }`: live restyling and pictures by queueing API-format graphs. (Its `videoWorkflow`
 * is read by the music-video pipeline, which asks for clips directly.)
 */
export function createComfyUiBackend(settings: ComfyUiBackendSettings = {}): Backend {
  const name = settings.name ?? 'comfyui';
  return createDiffusionBackend({
    name,
    type: 'comfyui',
    restyle: (checkpoint) => createComfyUiRestyleModel({ ...settings, provider: name, checkpoint }),
    image: (checkpoint) => createComfyUiImageModel({ ...settings, provider: name, checkpoint }),
  });
}
