import { requiredApiKey } from '../required-api-key.ts';

/** What every OpenAI-compatible model of one backend shares: where the server is and how to sign requests. */
export interface OpenAIConnection {
  /** The backend's name, used as `provider` on its models. */
  provider: string;
  /** Base address including the API prefix, e.g. `http://127.0.0.1:8080/v1`. */
  baseURL: string;
  fetch: typeof fetch;
  /** The key, read from the environment on each call so a rotated key needs no restart; undefined for keyless servers. */
  apiKey(): string | undefined;
  /** Authorization and configured headers. */
  headers(): Record<string, string>;
}

export interface OpenAIConnectionSettings {
  name: string;
  baseURL: string;
  apiKeyEnv?: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
  env?: Record<string, string | undefined>;
}

/** A bare `http://host:port` means the usual `/v1` prefix; any other path is taken as given. */
export function normalizeBaseURL(baseURL: string): string {
  const url = new URL(baseURL);
  const trimmed = url.href.replace(/\/+$/, '');
  return url.pathname === '/' ? `${trimmed}/v1` : trimmed;
}

export function createOpenAIConnection(settings: OpenAIConnectionSettings): OpenAIConnection {
  const env = settings.env ?? process.env;
  const apiKeyEnv = settings.apiKeyEnv;
  const apiKey = () => (apiKeyEnv ? requiredApiKey({ name: settings.name, apiKeyEnv }, env) : undefined);
  return {
    provider: settings.name,
    baseURL: normalizeBaseURL(settings.baseURL),
    fetch: settings.fetch ?? globalThis.fetch,
    apiKey,
    headers() {
      const key = apiKey();
      return { ...settings.headers, ...(key ? { authorization: `Bearer ${key}` } : {}) };
    },
  };
}
