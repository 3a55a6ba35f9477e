import type { Backend, BackendBaseSettings } from '../backend.ts';
import { singleCapabilityBackend } from '../single-capability-backend.ts';
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
  return singleCapabilityBackend({
    name,
    type: 'llamacpp',
    capability: 'text',
    makeModel: (modelId) => createLlamaCppTextModel(engine, name, modelId),
    health: () => engine.health(),
    close: () => engine.close(),
  });
}
