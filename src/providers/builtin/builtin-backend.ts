import type { Backend, BackendBaseSettings } from '../backend.ts';
import type { Capability, ModelByCapability } from '../spec/index.ts';
import { builtinModels, type BuiltinModelCatalog } from './builtin-models.ts';

export interface BuiltinBackendSettings extends BackendBaseSettings {
  /** Where models are looked up; the shared `builtinModels` when absent (tests pass their own). */
  catalog?: BuiltinModelCatalog;
}

/** The offline backend: models that run inside Kiln on the CPU and are always ready. */
export function createBuiltinBackend(settings: BuiltinBackendSettings = {}): Backend {
  const catalog = settings.catalog ?? builtinModels;
  const name = settings.name ?? 'builtin';
  return {
    name,
    type: 'builtin',
    // A getter: studios may register models after the backend was made.
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
