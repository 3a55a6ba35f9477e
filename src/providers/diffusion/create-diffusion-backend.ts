import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendStatus } from '../backend.ts';
import type { Capability, ImageModel, ModelByCapability, RestyleModel } from '../spec/index.ts';

/** A restyle model that can also say whether its server answers (the backend's health check). */
export type HealthyRestyleModel = RestyleModel & { health(signal: AbortSignal): Promise<BackendStatus> };

export interface DiffusionBackendParts {
  /** The backend's configured name. */
  name: string;
  /** `automatic1111` or `comfyui`. */
  type: string;
  /** A restyle model for one checkpoint; `undefined` keeps the server's own choice. */
  restyle(checkpoint: string | undefined): HealthyRestyleModel;
  /** A picture model for one checkpoint; `undefined` keeps the server's own choice. */
  image(checkpoint: string | undefined): ImageModel;
}

/**
 * A registry backend over a Stable Diffusion server (AUTOMATIC1111 or ComfyUI): it serves `restyle`
 * (live frames, img2img) and `image` (text to image, or img2img from the first reference picture).
 * The model id names the checkpoint (`automatic1111:sd_turbo`, `comfyui:sd_turbo.safetensors`), and
 * `default` keeps the server's own choice.
 */
export function createDiffusionBackend(parts: DiffusionBackendParts): Backend {
  const { name, type } = parts;
  const checkpointOf = (modelId: string) => (modelId === 'default' ? undefined : modelId);
  return {
    name,
    type,
    capabilities: ['restyle', 'image'],
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      if (capability === 'restyle') return parts.restyle(checkpointOf(modelId)) as RestyleModel as ModelByCapability[C];
      if (capability === 'image') return parts.image(checkpointOf(modelId)) as ImageModel as ModelByCapability[C];
      throw new ProviderUnsupportedError(`${name} (${type}) restyles and draws pictures; it has no ${capability} models.`, { details: { provider: name, capability } });
    },
    health: (signal) => parts.restyle(undefined).health(signal),
  };
}
