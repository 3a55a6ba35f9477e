import { randomUUID } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BadInputError, ConfigError, ConflictError } from '../engine/errors/index.ts';
import type { Capability } from '../providers/spec/index.ts';
import { findLiteralSecrets } from './find-literal-secrets.ts';
import type { BackendConfig, KilnConfig } from './kiln-config.ts';
import { loadConfig, type LoadConfigOptions } from './load-config.ts';
import { readEditableConfig } from './read-editable-config.ts';

export interface ConfigChange {
  /** Every backend by name, replacing the file's `backends`. */
  backends: Record<string, BackendConfig>;
  /** The fallback lists, replacing the file's `capabilities`; a capability left out keeps the default list. */
  capabilities: Partial<Record<Capability, string[]>>;
}

const secretMessage = 'secrets are not stored in the config file; put the value in an environment variable and give its name (apiKeyEnv)';

/**
 * Replaces the backends and fallback lists of the config file (creating `kiln.config.json` when there
 * is none) and answers the configuration as the server would now load it. The new file is written
 * under a temporary name beside the real one, checked by the loader itself, and only then renamed over
 * it: a bad change is a BadInputError naming the field and leaves the file as it was.
 */
export async function writeConfigFile(source: LoadConfigOptions, change: ConfigChange): Promise<KilnConfig> {
  const current = await readEditableConfig(source);
  if (current.format !== 'json') {
    throw new ConflictError(`${current.file} is YAML; the settings page writes JSON only (a rewrite would lose its comments). `
      + 'Edit that file by hand, or convert it to kiln.config.json.', { details: { file: current.file } });
  }
  const next = { ...current.rest, backends: change.backends, capabilities: change.capabilities };
  // Checked before anything is written: a secret must not reach the disk even under a temporary name.
  const secrets = findLiteralSecrets(next);
  if (secrets.length > 0) {
    throw new BadInputError(`${secrets[0]}: ${secretMessage}.`, { details: { field: secrets[0], fields: secrets } });
  }
  const temporary = join(dirname(current.file), `.${basename(current.file)}.${randomUUID()}.json`);
  const mode = current.exists ? (await stat(current.file)).mode & 0o777 : 0o644;
  const handle = await open(temporary, 'wx', mode);
  try {
    await handle.writeFile(`${JSON.stringify(next, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    const loaded = await loadConfig({ cwd: source.cwd, env: { ...source.env, KILN_CONFIG: temporary } });
    await rename(temporary, current.file);
    return { ...loaded, configFile: current.file };
  } catch (error) {
    await rm(temporary, { force: true });
    if (!(error instanceof ConfigError)) throw error;
    // The loader names the file it read; the person knows it by its real name.
    const message = error.message.replaceAll(temporary, current.file);
    const field = typeof error.details?.field === 'string' ? error.details.field.replace(`${temporary}: `, '') : undefined;
    throw new BadInputError(message, { details: { ...error.details, file: current.file, ...(field ? { field } : {}) } });
  }
}
