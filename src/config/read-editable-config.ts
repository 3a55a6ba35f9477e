import { access, readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { ConflictError } from '../engine/errors/index.ts';
import { capabilities, type Capability } from '../providers/spec/index.ts';
import type { LoadConfigOptions } from './load-config.ts';
import type { BackendConfig } from './kiln-config.ts';
import { parseConfigYaml } from './parse-config-yaml.ts';

/** The part of the config file the settings page edits, as written in the file (relative paths stay relative). */
export interface EditableConfig {
  /** The file edits go to; it may not exist yet (`exists` false), and is created on the first save. */
  file: string;
  exists: boolean;
  /** `json` files can be rewritten; a `yaml` file is shown but must be edited by hand (its comments would be lost). */
  format: 'json' | 'yaml';
  backends: Record<string, BackendConfig>;
  capabilities: Partial<Record<Capability, string[]>>;
  /** Capabilities whose list comes from a `KILN_<CAPABILITY>` variable, which wins over the file. */
  environmentOverrides: Capability[];
  /** The rest of the file (server, limits …), kept as it is when the backends are saved. */
  rest: Record<string, unknown>;
}

const fileNames = ['kiln.config.json', 'kiln.config.yaml', 'kiln.config.yml'];
const exists = (path: string) => access(path).then(() => true, () => false);

/** Where the loader reads the config from, or where a new `kiln.config.json` goes when there is none. */
export async function editableConfigPath({ cwd, env }: LoadConfigOptions): Promise<string> {
  if (env.KILN_CONFIG) return resolve(cwd, env.KILN_CONFIG);
  for (const name of fileNames) if (await exists(resolve(cwd, name))) return resolve(cwd, name);
  return resolve(cwd, 'kiln.config.json');
}

/** Reads the file the settings page edits, without the environment or the defaults merged in. */
export async function readEditableConfig(source: LoadConfigOptions): Promise<EditableConfig> {
  const file = await editableConfigPath(source);
  const format = /^\.ya?ml$/i.test(extname(file)) ? 'yaml' : 'json';
  const found = await exists(file);
  let raw: unknown = {};
  if (found) {
    const text = await readFile(file, 'utf8');
    try {
      raw = format === 'json' ? JSON.parse(text) : (parseConfigYaml(text));
    } catch (error) {
      // The server started with a good file; someone has edited it since.
      throw new ConflictError(`${file} cannot be read now (${error instanceof Error ? error.message : String(error)}); fix it by hand first.`, {
        cause: error,
        details: { file },
      });
    }
  }
  const { backends, capabilities: lists, ...rest } = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    file,
    exists: found,
    format,
    backends: (backends ?? {}) as Record<string, BackendConfig>,
    capabilities: (lists ?? {}) as Partial<Record<Capability, string[]>>,
    environmentOverrides: capabilities.filter((capability) => source.env[`KILN_${capability.toUpperCase()}`] !== undefined),
    rest,
  };
}
