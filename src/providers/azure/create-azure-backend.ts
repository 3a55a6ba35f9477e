import { ProviderUnsupportedError } from '../../engine/errors/index.ts';
import type { Backend, BackendStatus } from '../backend.ts';
import type { Capability, ModelByCapability } from '../spec/index.ts';
import { createAzureConnection, type AzureConnection, type AzureConnectionSettings } from './azure-request.ts';

/**
 * A registry backend over one Azure AI service that serves one capability. Every analyze call is
 * billed, so health does not call the service: a configured key means ready.
 */
export function createAzureBackend<C extends Capability>(options: {
  type: string;
  capability: C;
  settings: Omit<AzureConnectionSettings, 'name'> & { name?: string };
  makeModel(connection: AzureConnection, modelId: string): ModelByCapability[C];
}): Backend {
  const name = options.settings.name ?? options.type;
  const connection = createAzureConnection({ ...options.settings, name });
  return {
    name,
    type: options.type,
    capabilities: [options.capability],
    model<Asked extends Capability>(capability: Asked, modelId: string): ModelByCapability[Asked] {
      if ((capability as Capability) !== options.capability) {
        throw new ProviderUnsupportedError(`${name} (${options.type}) serves ${options.capability} only, not ${capability}.`, { details: { provider: name, capability } });
      }
      return options.makeModel(connection, modelId) as unknown as ModelByCapability[Asked];
    },
    async health(): Promise<BackendStatus> {
      try {
        connection.apiKey();
        return { state: 'ready', device: 'remote' };
      } catch (error) {
        return { state: 'unavailable', reason: error instanceof Error ? error.message : String(error), device: 'remote' };
      }
    },
  };
}
