import type { KilnConfig } from './kiln-config.ts';

/**
 * The prefix of the environment variables an operator sets aside for backend keys. The settings API
 * may name only these: any other variable's value could be sent to an address the caller chose.
 */
export const backendKeyPrefix = 'KILN_BACKEND_';

/** Kiln's own secrets, by their usual names: signing keys, the database's password, the operator's accounts. */
const kilnSecretNames = ['KILN_JWT_SECRET', 'KILN_SECRETS_KEY', 'KILN_METRICS_TOKEN', 'KILN_OBS_PASSWORD', 'DATABASE_URL', 'NOTION_TOKEN', 'PGPASSWORD'];

/** Cloud credentials the object store (S3 and the like) is reached with. */
const kilnSecretPrefixes = ['AWS_'];

/**
 * Whether the variable holds one of Kiln's own secrets, by its usual name or because the
 * configuration names it for one (`server.auth.jwtSecretEnv`, `vocabulary.notion.tokenEnv`, …).
 * Such a variable is never a backend's key: a backend's address may be anyone's listener.
 */
export function isKilnSecretVariable(name: string, config: Pick<KilnConfig, 'server' | 'vocabulary' | 'assets'>): boolean {
  if (kilnSecretNames.includes(name) || kilnSecretPrefixes.some((prefix) => name.startsWith(prefix))) return true;
  const configured = [
    config.server.auth.jwtSecretEnv,
    config.server.metricsTokenEnv,
    config.vocabulary?.notion?.tokenEnv,
    config.assets?.type === 's3' ? config.assets.accessKeyIdEnv : undefined,
    config.assets?.type === 's3' ? config.assets.secretAccessKeyEnv : undefined,
  ];
  return configured.includes(name);
}

/** One setting that names an environment variable (`apiKeyEnv`, `tokenEnv`, a plugin's `…Env`). */
export interface VariableField {
  /** Its path, e.g. `backends.cloud.apiKeyEnv`. */
  field: string;
  path: string[];
  variable: string;
}

/**
 * Every setting of a backend entry that names an environment variable: by the config's convention
 * such a field ends in `Env`, which holds for plugins' backend types too.
 */
export function findVariableFields(value: unknown, path: string[]): VariableField[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => {
    if (typeof item === 'string' && /Env$/.test(key)) return [{ field: [...path, key].join('.'), path: [...path, key], variable: item }];
    return findVariableFields(item, [...path, key]);
  });
}

/** A name in the backend-key form for a backend, e.g. KILN_BACKEND_CLOUD_KEY. */
export function suggestedBackendKeyVariable(backendName: string): string {
  return `${backendKeyPrefix}${backendName.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_KEY`;
}

/** Why a variable of Kiln's own cannot be a backend's key, and what to do instead. */
export function kilnSecretVariableMessage(variable: string, backendName: string): string {
  return `${variable} holds one of Kiln's own secrets, which is never sent to a backend; put the backend's key in a variable of its own, `
    + `e.g. ${suggestedBackendKeyVariable(backendName)}.`;
}
