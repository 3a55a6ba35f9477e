import { credentialsOf, errorFromNetwork, errorFromStatus, serverMessageOf, type HttpCallContext } from './provider-http-error.ts';

export interface ProviderFetchOptions extends HttpCallContext {
  fetch: typeof fetch;
  /** The server's base address; `path` is appended to it. */
  baseURL: string;
  init: RequestInit;
}

/** One HTTP call to a backend: answers the response when it is 2xx, throws the mapped Kiln error otherwise. */
export async function providerFetch(options: ProviderFetchOptions): Promise<Response> {
  const url = `${options.baseURL.replace(/\/+$/, '')}${options.path}`;
  const signal = options.init.signal ?? undefined;
  // Checked here, not left to fetch: Node's fetch given a multipart body and an already-aborted
  // signal leaves an unhandled rejection behind ("ReadableStream is already closed").
  signal?.throwIfAborted();
  let response: Response;
  try {
    response = await options.fetch(url, options.init);
  } catch (error) {
    throw errorFromNetwork(error, url, options.provider, signal);
  }
  if (response.ok) return response;
  const body = await response.text().catch(() => '');
  throw errorFromStatus(response.status, serverMessageOf(body), { ...options, secrets: credentialsOf(options.init.headers) });
}

/** The same, parsing a JSON answer. */
export async function providerFetchJson<T>(options: ProviderFetchOptions): Promise<T> {
  const response = await providerFetch(options);
  return (await response.json()) as T;
}
