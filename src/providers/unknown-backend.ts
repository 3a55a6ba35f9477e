import { ProviderUnavailableError } from '../engine/errors/index.ts';
import type { Backend } from './backend.ts';

/**
 * Stands in for a backend whose type no factory knows (a plugin not installed): Kiln still starts,
 * the fallback list moves past it, and health says why.
 */
export function createUnknownBackend(name: string, type: string, knownTypes: string[]): Backend {
  const reason = `${name} has type ${type}, which this Kiln does not know (known: ${knownTypes.join(', ')}).`;
  return {
    name,
    type,
    capabilities: [],
    model() {
      throw new ProviderUnavailableError(reason, { details: { backend: name, type } });
    },
    async health() {
      return { state: 'unavailable', reason, device: 'remote' };
    },
  };
}
