import { ProviderUnsupportedError } from '../engine/errors/index.ts';
import type { Backend, BackendStatus } from './backend.ts';
import type { Capability, ModelByCapability } from './spec/index.ts';

export interface SingleCapabilityBackendParts<C extends Capability> {
  name: string;
  type: string;
  /** The one capability it serves. */
  capability: C;
  makeModel(modelId: string): ModelByCapability[C];
  health(signal: AbortSignal): Promise<BackendStatus>;
  close?(): Promise<void>;
}

/**
 * A backend that serves one capability (a text server, a moderation service, a voice server): asked
 * for another, it refuses as unsupported, so the fallback list moves on to a backend that serves it.
 */
export function singleCapabilityBackend<C extends Capability>(parts: SingleCapabilityBackendParts<C>): Backend {
  const { name, type, capability: served } = parts;
  return {
    name,
    type,
    capabilities: [served],
    model<Asked extends Capability>(capability: Asked, modelId: string): ModelByCapability[Asked] {
      if ((capability as Capability) !== served) {
        throw new ProviderUnsupportedError(`${name} (${type}) serves ${served} only, not ${capability}.`, { details: { provider: name, capability } });
      }
      return parts.makeModel(modelId) as unknown as ModelByCapability[Asked];
    },
    health: (signal) => parts.health(signal),
    ...(parts.close && { close: parts.close }),
  };
}
