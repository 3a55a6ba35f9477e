import { ProviderFailedError, ProviderUnavailableError } from '../../../engine/errors/index.ts';

/** Where AnkiConnect listens unless the config says otherwise. */
export const defaultAnkiConnectUrl = 'http://127.0.0.1:8765';

export interface AnkiConnectOptions {
  url?: string;
  signal?: AbortSignal;
  /** Injectable for tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/**
 * One AnkiConnect call (protocol version 6): POST `{action, version, params}`, answered by
 * `{result, error}`. A refused connection means Anki is closed or the add-on is missing, which the
 * error says in words a learner can act on.
 */
export async function ankiConnect<Result>(action: string, params: Record<string, unknown>, options: AnkiConnectOptions = {}): Promise<Result> {
  const url = options.url ?? defaultAnkiConnectUrl;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action, version: 6, params }), signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ProviderUnavailableError(`AnkiConnect is not running at ${url}: start Anki with the AnkiConnect add-on (code 2055492159) and try again.`, { cause: error });
  }
  if (!response.ok) throw new ProviderFailedError(`AnkiConnect at ${url} answered HTTP ${response.status} to ${action}.`);
  const body = await response.json().catch(() => null) as { result?: Result; error?: string | null } | null;
  if (!body || !('result' in body) || !('error' in body)) throw new ProviderFailedError(`The server at ${url} does not speak AnkiConnect's protocol (version 6).`);
  // AnkiConnect did the call and said no (a duplicate note, a missing deck): retrying will not help.
  if (body.error) throw new ProviderFailedError(`AnkiConnect refused ${action}: ${body.error}`, { isRetryable: false, details: { action, ankiError: body.error } });
  return body.result as Result;
}
