import type { KilnConfig } from '../config/index.ts';
import { ConfigError } from '../engine/errors/index.ts';
import type { StepServices } from '../engine/step.ts';
import type { Database } from '../store/database.ts';
import type { AssetStore, ProviderRegistry } from './contracts.ts';

/**
 * The services the Kiln runtime hands every step (create-runtime.ts builds them for its worker).
 * The engine knows services only as named unknowns, so that it stays free of the store and the
 * providers; steps read them through `requiredService` and `optionalService`, never by casting.
 */
export interface KilnServices {
  /** Where steps read their input assets and write their outputs, scoped by owner. */
  assets: AssetStore;
  /** The models of every capability, each an ordered fallback list. */
  providers: ProviderRegistry;
  /** The database, for steps that save rows (stories, vocabulary) rather than assets. */
  database: Database;
  /** The runtime's config, read when a job starts; tests and tools may leave it out. */
  config: KilnConfig;
}

const serviceNames: Record<keyof KilnServices, string> = {
  assets: 'the asset store',
  providers: 'the provider registry',
  database: 'the database',
  config: 'the Kiln config',
};

/** Whether the caller provided the named service (the check every accessor below makes). */
function provides<Name extends keyof KilnServices>(services: StepServices, name: Name): services is Pick<KilnServices, Name> {
  return services[name] !== undefined && services[name] !== null;
}

/** The named service; a step run without it (outside the runtime) fails with a ConfigError that says so. */
export function requiredService<Name extends keyof KilnServices>(services: StepServices, name: Name): KilnServices[Name] {
  if (!provides(services, name)) {
    throw new ConfigError(`This step needs ${serviceNames[name]} in its services; run it through the server or \`kiln worker\`, which pass it.`, { details: { service: name } });
  }
  return services[name];
}

/** The named service when the caller provided it; for steps that do without (no config means defaults). */
export function optionalService<Name extends keyof KilnServices>(services: StepServices, name: Name): KilnServices[Name] | undefined {
  return provides(services, name) ? services[name] : undefined;
}
