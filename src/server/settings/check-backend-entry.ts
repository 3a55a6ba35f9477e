import { dirname, isAbsolute, resolve } from 'node:path';
import { backendSchemas, otherBackendSchema } from '../../config/config-file-schema.ts';
import { findLiteralSecrets } from '../../config/find-literal-secrets.ts';
import { formatConfigIssues } from '../../config/format-config-issues.ts';
import type { BackendConfig, KilnConfig } from '../../config/index.ts';
import { BadInputError } from '../../engine/errors/index.ts';
import { createProviderRegistry } from '../../providers/index.ts';
import { capabilities } from '../../providers/spec/index.ts';
import type { BackendHealth } from '../../runtime/contracts.ts';

/**
 * The health of a backend entry that is not saved yet ("Test connection"): checked with the config
 * file's own rules first, so an entry that tests well also saves, then made and asked for its health
 * the way /api/health asks the configured ones.
 */
export async function checkBackendEntry(name: string, entry: BackendConfig, config: KilnConfig, signal: AbortSignal): Promise<BackendHealth> {
  const secrets = findLiteralSecrets(entry, ['backend']);
  if (secrets.length > 0) {
    throw new BadInputError(`${secrets[0]}: secrets are not stored in the config file; put the value in an environment variable and give its name (apiKeyEnv).`, {
      details: { field: secrets[0] },
    });
  }
  const checked = (backendSchemas[entry.type] ?? otherBackendSchema).safeParse(entry);
  if (!checked.success) {
    const [problem] = formatConfigIssues(checked.error.issues, ['backend']);
    throw new BadInputError(`${problem.field}: ${problem.message}.`, { details: { field: problem.field } });
  }
  // As the loader does: a model path is relative to the config file.
  const base = config.configFile ? dirname(config.configFile) : process.cwd();
  const settings = entry.type === 'llamacpp' && typeof entry.modelPath === 'string' && !isAbsolute(entry.modelPath)
    ? { ...entry, modelPath: resolve(base, entry.modelPath) }
    : entry;
  const noLists = Object.fromEntries(capabilities.map((capability) => [capability, []])) as unknown as KilnConfig['capabilities'];
  const registry = createProviderRegistry({ ...config, backends: { [name]: settings }, capabilities: noLists });
  try {
    const [health] = await registry.health(signal);
    return health;
  } finally {
    await registry.close();
  }
}
