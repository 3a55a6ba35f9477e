import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings, BackendStatus } from '../../providers/backend.ts';
import type { Capability, ModelByCapability, RestyleModel } from '../../providers/spec/index.ts';
import { createAutomatic1111ImageModel, type Automatic1111ImageSettings } from './create-automatic1111-image-model.ts';
import { createAutomatic1111RestyleModel } from './create-automatic1111-restyle-model.ts';
import { createComfyUiImageModel, type ComfyUiImageSettings } from './create-comfyui-image-model.ts';
import { createComfyUiRestyleModel, type ComfyUiSettings } from './create-comfyui-restyle-model.ts';

type HealthyRestyleModel = RestyleModel & { health(signal: AbortSignal): Promise<BackendStatus> };

/** Settings of either kind, as the config's backend entry gives them. */
export type DiffusionBackendSettings = BackendBaseSettings
  & Omit<Automatic1111ImageSettings & ComfyUiSettings & ComfyUiImageSettings, 'provider' | 'checkpoint' | 'fetch'>
  & { videoWorkflow?: unknown };

/**
 * A registry backend over a Stable Diffusion server, for the config's `backends` section:
 * `{ type: 'automatic1111', baseURL }` or `{ type: 'comfyui', baseURL, workflow, imageWorkflow }`.
 * It serves `restyle` (live frames, img2img) and `image` (text to image, or img2img from the first
 * reference picture). The model id names the checkpoint (`automatic1111:sd_turbo`,
 * `comfyui:sd_turbo.safetensors`), and `default` keeps the server's own choice.
 */
export function createDiffusionRestyleBackend(kind: 'automatic1111' | 'comfyui', settings: DiffusionBackendSettings = {}): Backend {
  const name = settings.name ?? kind;
  const checkpointOf = (modelId: string) => (modelId === 'default' ? undefined : modelId);
  const restyle = (modelId: string): HealthyRestyleModel => {
    const checkpoint = checkpointOf(modelId);
    return kind === 'automatic1111'
      ? createAutomatic1111RestyleModel({ ...settings, provider: name, checkpoint, fetch: settings.fetch })
      : createComfyUiRestyleModel({ ...settings, provider: name, checkpoint, fetch: settings.fetch });
  };
  return {
    name,
    type: kind,
    capabilities: ['restyle', 'image'],
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      if (capability === 'restyle') return restyle(modelId) as unknown as ModelByCapability[C];
      if (capability === 'image') {
        const checkpoint = checkpointOf(modelId);
        const model = kind === 'automatic1111'
          ? createAutomatic1111ImageModel({ ...settings, provider: name, checkpoint, fetch: settings.fetch })
          : createComfyUiImageModel({ ...settings, provider: name, checkpoint, fetch: settings.fetch });
        return model as unknown as ModelByCapability[C];
      }
      throw new ProviderUnsupportedError(`${name} (${kind}) restyles and draws pictures; it has no ${capability} models.`, { details: { provider: name, capability } });
    },
    health: (signal) => restyle('default').health(signal),
  };
}
