import type { Backend, BackendStatus } from '../backend.ts';
import { probeRemoteHealth } from '../probe-remote-health.ts';
import { singleCapabilityBackend } from '../single-capability-backend.ts';
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
  return singleCapabilityBackend({
    name,
    type: options.type,
    capability: options.capability,
    makeModel: (modelId) => options.makeModel(connection, modelId),
    async health(): Promise<BackendStatus> {
      return probeRemoteHealth(async () => {
        connection.apiKey();
      });
    },
  });
}
