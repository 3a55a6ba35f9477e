import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings, BackendStatus } from '../../providers/backend.ts';
import type { Capability, ModelByCapability, RestyleModel } from '../../providers/spec/index.ts';
import { createAutomatic1111RestyleModel, type Automatic1111Settings } from './create-automatic1111-restyle-model.ts';
import { createComfyUiRestyleModel, type ComfyUiSettings } from './create-comfyui-restyle-model.ts';

type HealthyRestyleModel = RestyleModel & { health(signal: AbortSignal): Promise<BackendStatus> };

/**
 * A registry backend over an image-to-image server, for the config's `backends` section:
 * `{ type: 'automatic1111', baseURL }` or `{ type: 'comfyui', baseURL, workflow }`. It serves only
 * `restyle`; the model id names the checkpoint (`automatic1111:sd_turbo`, `comfyui:sd_turbo.safetensors`),
 * and `default` keeps the server's own choice.
 */
export function createDiffusionRestyleBackend(
  kind: 'automatic1111' | 'comfyui',
  settings: BackendBaseSettings & Omit<Automatic1111Settings & ComfyUiSettings, 'provider' | 'checkpoint' | 'fetch'> = {},
): Backend {
  const name = settings.name ?? kind;
  const make = (modelId: string): HealthyRestyleModel => {
    const checkpoint = modelId === 'default' ? undefined : modelId;
    return kind === 'automatic1111'
      ? createAutomatic1111RestyleModel({ ...settings, provider: name, checkpoint, fetch: settings.fetch })
      : createComfyUiRestyleModel({ ...settings, provider: name, checkpoint, fetch: settings.fetch });
  };
  return {
    name,
    type: kind,
    capabilities: ['restyle'],
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      if (capability !== 'restyle') {
        throw new ProviderUnsupportedError(`${name} (${kind}) only restyles pictures; it has no ${capability} models.`, { details: { provider: name, capability } });
      }
      return make(modelId) as unknown as ModelByCapability[C];
    },
    health: (signal) => make('default').health(signal),
  };
}
