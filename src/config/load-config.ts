import { access, readFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { ConfigError } from '../engine/errors/index.ts';
import { capabilities } from '../providers/spec/index.ts';
import { applyEnvironment, type CapabilitySources, type Environment } from './apply-environment.ts';
import { findVariableFields, isKilnSecretVariable, kilnSecretVariableMessage } from './backend-key-variables.ts';
import { backendSchemas, configFileSchema, otherBackendSchema, type ConfigFile } from './config-file-schema.ts';
import { defaultConfig } from './default-config.ts';
import { findLiteralSecrets } from './find-literal-secrets.ts';
import { formatConfigIssues } from './format-config-issues.ts';
import type { BackendConfig, KilnConfig } from './kiln-config.ts';
import { parseConfigYaml } from './parse-config-yaml.ts';

export interface LoadConfigOptions {
  /** Where to look for `kiln.config.*` and what relative environment paths are relative to. */
  cwd: string;
  env: Environment;
}

const fileNames = ['kiln.config.json', 'kiln.config.yaml', 'kiln.config.yml'];

const exists = (path: string) => access(path).then(() => true, () => false);

async function findConfigFile({ cwd, env }: LoadConfigOptions): Promise<string | null> {
  if (env.KILN_CONFIG) {
    const path = resolve(cwd, env.KILN_CONFIG);
    if (!(await exists(path))) throw new ConfigError(`KILN_CONFIG names ${path}, which does not exist.`, { details: { file: path } });
    return path;
  }
  const found = [];
  for (const name of fileNames) if (await exists(resolve(cwd, name))) found.push(resolve(cwd, name));
  // Two files would leave it unclear which one the user is editing.
  if (found.length > 1) throw new ConfigError(`Found ${found.join(' and ')}; keep one of them.`, { details: { files: found } });
  return found[0] ?? null;
}

function fail(file: string, problems: { field: string; message: string }[]): never {
  const list = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  throw new ConfigError(`${file}: ${list}.`, { details: { file, field: problems[0]?.field, problems } });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function readConfigFile(file: string): Promise<ConfigFile> {
  const text = await readFile(file, 'utf8');
  const extension = extname(file).toLowerCase();
  let raw: unknown;
  try {
    if (extension === '.json') raw = parseJson(text);
    else if (extension === '.yaml' || extension === '.yml') raw = parseConfigYaml(text);
    else throw new Error('the file name must end in .json, .yaml or .yml');
  } catch (error) {
    throw new ConfigError(`${file}: ${error instanceof Error ? error.message : String(error)}.`, { cause: error, details: { file } });
  }
  const secrets = findLiteralSecrets(raw);
  if (secrets.length > 0) {
    fail(file, secrets.map((field) => ({
      field,
      message: 'secrets are not read from the config file; put the value in an environment variable and name that variable (apiKeyEnv, jwtSecretEnv)',
    })));
  }
  const parsed = configFileSchema.safeParse(raw);
  if (!parsed.success) fail(file, formatConfigIssues(parsed.error.issues));
  for (const [name, settings] of Object.entries(parsed.data.backends ?? {})) {
    const checked = (backendSchemas[settings.type] ?? otherBackendSchema).safeParse(settings);
    if (!checked.success) fail(file, formatConfigIssues(checked.error.issues, ['backends', name]));
  }
  return parsed.data;
}

/** Merges the file over the defaults; relative paths in the file are relative to the file. */
function mergeFile(file: string | null, data: ConfigFile, cwd: string): KilnConfig {
  const config: KilnConfig = { ...defaultConfig(), configFile: file, dataDir: resolve(cwd, 'data') };
  const base = file ? dirname(file) : cwd;
  if (data.dataDir) config.dataDir = resolve(base, data.dataDir);
  if (data.databaseUrl) config.databaseUrl = data.databaseUrl;
  for (const [name, settings] of Object.entries(data.backends ?? {})) {
    const backend: BackendConfig = { ...settings };
    if (backend.type === 'llamacpp' && typeof backend.modelPath === 'string') backend.modelPath = resolve(base, backend.modelPath);
    config.backends[name] = backend;
  }
  for (const capability of capabilities) {
    const list = data.capabilities?.[capability];
    if (list) config.capabilities[capability] = list;
  }
  const server = data.server ?? {};
  config.server = {
    host: server.host ?? config.server.host,
    port: server.port ?? config.server.port,
    ...(server.publicHost ? { publicHost: server.publicHost } : {}),
    ...(server.metricsTokenEnv ? { metricsTokenEnv: server.metricsTokenEnv } : {}),
    ...(server.logLevel ? { logLevel: server.logLevel } : {}),
    auth: { ...server.auth },
    rateLimits: { ...server.rateLimits },
  };
  config.limits = { ...config.limits, ...data.limits };
  config.live = { ...data.live };
  if (data.vocabulary) {
    const { jmdictPath, ...rest } = data.vocabulary;
    config.vocabulary = { ...rest, ...(jmdictPath ? { jmdictPath: resolve(base, jmdictPath) } : {}) };
  }
  if (data.assets) config.assets = { ...data.assets };
  config.jobs = { ...data.jobs };
  if (data.worker) config.worker = { ...data.worker };
  config.safety = {
    childMode: data.safety?.childMode ?? config.safety.childMode,
    standardModeUsers: data.safety?.standardModeUsers ?? config.safety.standardModeUsers,
    ...(data.safety?.ideaCheckInStandardMode !== undefined ? { ideaCheckInStandardMode: data.safety.ideaCheckInStandardMode } : {}),
    ...(data.safety?.termsFile ? { termsFile: resolve(base, data.safety.termsFile) } : {}),
  };
  return config;
}

/** Every candidate must name a configured backend; `ollama` is added with its usual address when named. */
function checkCandidates(config: KilnConfig, sources: CapabilitySources): void {
  for (const capability of capabilities) {
    config.capabilities[capability].forEach((candidate, index) => {
      const backendName = candidate.slice(0, candidate.indexOf(':'));
      if (config.backends[backendName]) return;
      if (backendName === 'ollama') {
        config.backends.ollama = { type: 'ollama' };
        return;
      }
      const where = sources[capability].startsWith('KILN_') ? sources[capability] : `${sources[capability]}[${index}]`;
      throw new ConfigError(`${where}: "${candidate}" names the backend ${backendName}, which is not configured; add it under backends.`, {
        details: { field: where, backend: backendName },
      });
    });
  }
}

/** A backend's address may be anyone's listener, so Kiln's own secrets are never a backend's key. */
function checkBackendKeyVariables(config: KilnConfig, file: string | null): void {
  for (const [name, backend] of Object.entries(config.backends)) {
    for (const { field, variable } of findVariableFields(backend, ['backends', name])) {
      if (!isKilnSecretVariable(variable, config)) continue;
      throw new ConfigError(`${file ? `${file}: ` : ''}${field}: ${kilnSecretVariableMessage(variable, name)}`, { details: { file, field } });
    }
  }
}

/**
 * Reads `kiln.config.json|yaml|yml` (or the file `KILN_CONFIG` names), checks it, applies the
 * environment and the defaults. Every problem is a ConfigError naming the file or variable and the field.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<KilnConfig> {
  const file = await findConfigFile(options);
  const data = file ? await readConfigFile(file) : {};
  const sources = Object.fromEntries(
    capabilities.map((capability) => [
      capability,
      data.capabilities?.[capability] ? `${file}: capabilities.${capability}` : `default capabilities.${capability}`,
    ]),
  ) as CapabilitySources;
  const config = applyEnvironment(mergeFile(file, data, options.cwd), options.env, options.cwd, sources);
  // The built-in backend is always there: the defaults and the safety checks rely on it.
  config.backends.builtin ??= { type: 'builtin' };
  checkBackendKeyVariables(config, file);
  checkCandidates(config, sources);
  return config;
}
