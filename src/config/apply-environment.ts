import { resolve } from 'node:path';
import { ConfigError } from '../engine/errors/index.ts';
import { capabilities, type Capability } from '../providers/spec/index.ts';
import { candidateSchema } from './config-file-schema.ts';
import { logLevels, type KilnConfig, type LogLevel } from './kiln-config.ts';

export type Environment = Record<string, string | undefined>;

/** Where each capability list came from, so an error can point at the file field or the variable. */
export type CapabilitySources = Record<Capability, string>;

function present(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function url(env: Environment, name: string): string | undefined {
  const value = present(env, name);
  if (value === undefined) return undefined;
  const parsed = URL.parse(value);
  if (parsed?.username || parsed?.password) {
    // Not repeated in the message: it would put the password in the terminal and the logs.
    throw new ConfigError(`${name} holds a user name or password; Kiln shows backend addresses in its health report, so give the address without them.`, {
      details: { variable: name },
    });
  }
  if (parsed?.protocol === 'http:' || parsed?.protocol === 'https:') return value;
  throw new ConfigError(`${name} must be an http:// or https:// address; got ${JSON.stringify(value)}.`, { details: { variable: name } });
}

/**
 * Applies the environment on top of the file: the environment wins, so a container can be configured
 * without a file. Secrets stay in the environment; the config only records which variable holds them.
 */
export function applyEnvironment(config: KilnConfig, env: Environment, cwd: string, sources: CapabilitySources): KilnConfig {
  const next = structuredClone(config);

  for (const capability of capabilities) {
    const name = `KILN_${capability.toUpperCase()}`;
    const value = env[name];
    if (value === undefined) continue;
    const list = value.split(',').map((item) => item.trim()).filter(Boolean);
    for (const candidate of list) {
      const checked = candidateSchema.safeParse(candidate);
      if (!checked.success) {
        throw new ConfigError(`${name}: "${candidate}" is not of the form backend:model (e.g. ${name}=ollama:llama3.2,builtin:storyteller).`, {
          details: { variable: name },
        });
      }
    }
    next.capabilities[capability] = list;
    sources[capability] = name;
  }

  const ollamaURL = url(env, 'KILN_OLLAMA_URL');
  if (ollamaURL) {
    const existing = next.backends.ollama?.type === 'ollama' ? next.backends.ollama : {};
    next.backends.ollama = { ...existing, type: 'ollama', baseURL: ollamaURL };
  }

  const openAIURL = url(env, 'KILN_OPENAI_URL');
  if (openAIURL) {
    const existing = next.backends.openai?.type === 'openai' ? next.backends.openai : {};
    next.backends.openai = { ...existing, type: 'openai', baseURL: openAIURL };
  }
  if (present(env, 'KILN_OPENAI_API_KEY')) {
    if (next.backends.openai?.type !== 'openai') {
      throw new ConfigError('KILN_OPENAI_API_KEY is set but there is no openai backend: set KILN_OPENAI_URL too.', {
        details: { variable: 'KILN_OPENAI_API_KEY' },
      });
    }
    // The name of the variable, not its value: the key never enters the config object.
    next.backends.openai = { ...next.backends.openai, apiKeyEnv: 'KILN_OPENAI_API_KEY' };
  }

  const modelPath = present(env, 'KILN_LLAMACPP_MODEL');
  if (modelPath) {
    const existing = next.backends.llamacpp?.type === 'llamacpp' ? next.backends.llamacpp : {};
    next.backends.llamacpp = { ...existing, type: 'llamacpp', modelPath: resolve(cwd, modelPath) };
  }

  const host = present(env, 'HOST');
  if (host) next.server.host = host;
  const publicHost = present(env, 'KILN_PUBLIC_HOST');
  if (publicHost) next.server.publicHost = publicHost;
  if (present(env, 'KILN_METRICS_TOKEN')) next.server.metricsTokenEnv ??= 'KILN_METRICS_TOKEN';
  const logLevel = present(env, 'KILN_LOG_LEVEL');
  if (logLevel !== undefined) {
    if (!(logLevels as readonly string[]).includes(logLevel)) {
      throw new ConfigError(`KILN_LOG_LEVEL must be one of ${logLevels.join(', ')}; got ${JSON.stringify(logLevel)}.`, { details: { variable: 'KILN_LOG_LEVEL' } });
    }
    next.server.logLevel = logLevel as LogLevel;
  }
  const port = present(env, 'PORT');
  if (port !== undefined) {
    if (!/^\d+$/.test(port) || Number(port) > 65535) {
      throw new ConfigError(`PORT must be a whole number from 0 to 65535; got ${JSON.stringify(port)}.`, { details: { variable: 'PORT' } });
    }
    next.server.port = Number(port);
  }

  const termsFile = present(env, 'KILN_SAFETY_TERMS_FILE');
  if (termsFile) next.safety = { ...next.safety, termsFile: resolve(cwd, termsFile) };

  const dataDir = present(env, 'KILN_DATA_DIR');
  if (dataDir) next.dataDir = resolve(cwd, dataDir);
  const databaseUrl = present(env, 'DATABASE_URL');
  if (databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
      throw new ConfigError('DATABASE_URL must be a postgres:// URL.', { details: { variable: 'DATABASE_URL' } });
    }
    next.databaseUrl = databaseUrl;
  }
  if (present(env, 'KILN_JWT_SECRET')) next.server.auth.jwtSecretEnv = 'KILN_JWT_SECRET';
  const jwksUrl = url(env, 'KILN_JWKS_URL');
  if (jwksUrl) next.server.auth.jwksUrl = jwksUrl;

  return next;
}
