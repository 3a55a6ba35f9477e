import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendBaseSettings } from '../backend.ts';
import type { Capability, ModelByCapability } from '../spec/index.ts';
import { createLlamaCppEngine, type LlamaCppEngineSettings } from './llamacpp-engine.ts';
import { createLlamaCppTextModel } from './llamacpp-text-model.ts';

export type LlamaCppBackendSettings = BackendBaseSettings & Omit<LlamaCppEngineSettings, 'name'>;

/**
 * A GGUF model run inside Kiln by node-llama-cpp. The backend holds one model (settings.modelPath);
 * the model name in `llamacpp:<name>` is a label for the config and the job record.
 */
export function createLlamaCppBackend(settings: LlamaCppBackendSettings): Backend {
  const name = settings.name ?? 'llamacpp';
  const engine = createLlamaCppEngine({ ...settings, name });
  return {
    name,
    type: 'llamacpp',
    capabilities: ['text'],
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      if (capability !== 'text') {
        throw new ProviderUnsupportedError(`${name} (llamacpp) does not serve ${capability}.`, { details: { provider: name, capability } });
      }
      return createLlamaCppTextModel(engine, name, modelId) as ModelByCapability[C];
    },
    health: () => engine.health(),
    close: () => engine.close(),
  };
}
