import { ProviderFailedError, ProviderUnavailableError } from '../../engine/errors/index.ts';
import { errorFromNetwork, errorFromStatus, serverMessageOf, withoutSecrets } from '../provider-http-error.ts';
import { requiredApiKey } from '../required-api-key.ts';

/** Where an Azure AI resource is and how requests to it are signed. */
export interface AzureConnection {
  /** The backend's name, used as `provider` on its models. */
  provider: string;
  /** The resource's endpoint, e.g. `https://my-resource.cognitiveservices.azure.com`, without a trailing slash. */
  endpoint: string;
  fetch: typeof fetch;
  /** The subscription key, read on each call so a rotated key needs no restart. */
  apiKey(): string;
}

export interface AzureConnectionSettings {
  name: string;
  endpoint: string;
  apiKeyEnv: string;
  fetch?: typeof fetch;
  env?: Record<string, string | undefined>;
}

export function createAzureConnection(settings: AzureConnectionSettings): AzureConnection {
  const env = settings.env ?? process.env;
  return {
    provider: settings.name,
    endpoint: settings.endpoint.replace(/\/+$/, ''),
    fetch: settings.fetch ?? globalThis.fetch,
    apiKey: () => requiredApiKey(settings, env),
  };
}

export interface AzureRequest {
  /** Path and query after the endpoint, e.g. `/contentsafety/text:analyze?api-version=2024-09-01`. */
  path: string;
  body: BodyInit;
  contentType: string;
  modelId: string;
  signal?: AbortSignal;
}

/**
 * One POST to an Azure AI service. Errors map as elsewhere (401/403 and refused connections move the
 * fallback on), plus Azure's quota answer: 429 is "not now", so it is unavailable and says when to retry.
 */
export async function azurePost<T>(connection: AzureConnection, request: AzureRequest): Promise<T> {
  request.signal?.throwIfAborted();
  const url = `${connection.endpoint}${request.path}`;
  const headers = { 'Ocp-Apim-Subscription-Key': connection.apiKey(), 'content-type': request.contentType };
  let response: Response;
  try {
    response = await connection.fetch(url, { method: 'POST', headers, body: request.body, signal: request.signal });
  } catch (error) {
    throw errorFromNetwork(error, url, connection.provider, request.signal);
  }
  if (response.ok) return (await response.json()) as T;
  const message = withoutSecrets(serverMessageOf(await response.text().catch(() => '')), [headers['Ocp-Apim-Subscription-Key']]);
  const path = request.path.split('?')[0];
  if (response.status === 429) {
    const retryAfter = response.headers.get('retry-after');
    const wait = retryAfter ? ` Azure asks to retry after ${retryAfter} seconds.` : '';
    throw new ProviderUnavailableError(`${connection.provider} is over its request quota (HTTP 429): ${message}.${wait}`, {
      details: { provider: connection.provider, status: 429, path, retryAfterSeconds: retryAfter ? Number(retryAfter) : undefined },
    });
  }
  // "The feature 'Caption' is not supported in this region": another backend can serve it.
  if (response.status === 400 && !/not supported in (this|the|your) region/i.test(message)) {
    // The request itself was wrong (too long, not a picture): sending it again cannot help.
    throw new ProviderFailedError(`${connection.provider} refused the request (HTTP 400): ${message}`, {
      isRetryable: false, details: { provider: connection.provider, status: 400, path },
    });
  }
  throw errorFromStatus(response.status, message, { provider: connection.provider, modelId: request.modelId, path });
}
