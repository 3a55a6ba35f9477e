import type { Backend, BackendBaseSettings } from '../backend.ts';
import type { Capability, ModelByCapability } from '../spec/index.ts';
import type { BuiltinModelCatalog } from './builtin-models.ts';
import { studioModelCatalog } from './studio-model-catalog.ts';

export interface BuiltinBackendSettings extends BackendBaseSettings {
  /** Where models are looked up; the studios' shared catalog when absent (tests pass their own). */
  catalog?: BuiltinModelCatalog;
}

/** The offline backend: models that run inside Kiln on the CPU and are always ready. */
export function createBuiltinBackend(settings: BuiltinBackendSettings = {}): Backend {
  const catalog = settings.catalog ?? studioModelCatalog();
  const name = settings.name ?? 'builtin';
  return {
    name,
    type: 'builtin',
    // A getter: a model whose file is missing drops its capability after the last health check.
    get capabilities() {
      return catalog.capabilities();
    },
    model<C extends Capability>(capability: C, modelId: string): ModelByCapability[C] {
      return catalog.create(capability, modelId, name);
    },
    async health() {
      // A built-in model that cannot run (its file missing) disables only its capability, with a sentence.
      const problems = await catalog.problems();
      return { state: 'ready', device: 'cpu', ...(problems.length > 0 ? { reason: problems.join(' ') } : {}) };
    },
  };
}
