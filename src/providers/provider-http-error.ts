import {
  ProviderFailedError,
  ProviderUnavailableError,
  ProviderUnsupportedError,
  type KilnError,
} from '../engine/errors/index.ts';

/** Where a failed call went, for messages a person can act on. */
export interface HttpCallContext {
  /** The backend's name, e.g. `ollama`. */
  provider: string;
  /** The model asked for, when there is one. */
  modelId?: string;
  /** The endpoint, e.g. `/v1/audio/speech`. */
  path: string;
  /** The credentials the request carried; cut out of the server's message, which some servers quote them in. */
  secrets?: readonly string[];
}

/** `text` with each secret replaced by `[redacted]`. */
export function withoutSecrets(text: string, secrets: readonly string[] = []): string {
  // Short values (a stray header such as `1`) would garble the message and are no credential.
  return secrets.filter((secret) => secret.length >= 8).reduce((result, secret) => result.replaceAll(secret, '[redacted]'), text);
}

const credentialHeader = /authorization|api-?key|token|secret|subscription-key/i;

/** The values of a request's credential headers, a bearer token also on its own. */
export function credentialsOf(headers: HeadersInit | undefined): string[] {
  const values: string[] = [];
  new Headers(headers).forEach((value, name) => {
    if (!credentialHeader.test(name)) return;
    values.push(value);
    const bearer = /^Bearer +(.+)$/i.exec(value);
    if (bearer) values.push(bearer[1]);
  });
  return values;
}

const aboutMissingModel = /model.*(not found|does not exist|no such|unknown|not loaded|try pulling)|(unknown|no such|invalid) model/i;
const aboutUnsupported = /does not support|not supported|unsupported/i;
// OpenAI's images API: "Invalid value: '64x48'. Supported values are: ..." (param `size`); DALL·E 3:
// "'64x48' is not one of [...] - 'size'". Another backend may draw that size, so it is not a failure.
const aboutSize = (message: string) => /'\d+x\d+'/.test(message) && /invalid value|supported values|is not one of/i.test(message);

/**
 * Maps an HTTP error status to the error that decides fallback: the model or server not being ready
 * moves on to the next backend (unavailable), a missing feature too (unsupported), anything else is
 * the backend failing (not a fallback; the runner may retry it).
 */
export function errorFromStatus(status: number, message: string, context: HttpCallContext): KilnError {
  const serverMessage = withoutSecrets(message, context.secrets);
  const said = serverMessage ? `: ${serverMessage}` : '';
  const details = { provider: context.provider, status, path: context.path };
  if (status === 401 || status === 403) {
    return new ProviderUnavailableError(
      `${context.provider} refused the credentials (HTTP ${status})${said}. Check the API key its apiKeyEnv names.`,
      { details },
    );
  }
  if ((status === 404 || status === 400) && aboutMissingModel.test(serverMessage)) {
    const model = context.modelId ? `model ${context.modelId}` : 'such model';
    return new ProviderUnavailableError(`${context.provider} has no ${model} ready (HTTP ${status})${said}.`, { details });
  }
  if (status === 404 || status === 405 || status === 501) {
    return new ProviderUnsupportedError(`${context.provider} does not offer ${context.path} (HTTP ${status})${said}.`, { details });
  }
  if (status === 400 && aboutSize(serverMessage)) {
    return new ProviderUnsupportedError(`${context.provider} cannot draw at this size (HTTP 400)${said}.`, { details });
  }
  if (status >= 400 && status < 500 && aboutUnsupported.test(serverMessage)) {
    return new ProviderUnsupportedError(`${context.provider} cannot do this (HTTP ${status})${said}.`, { details });
  }
  // 503 is how llama.cpp's server and proxies say "still loading" or "overloaded": try the next backend.
  if (status === 503) {
    return new ProviderUnavailableError(`${context.provider} is not ready (HTTP 503)${said}.`, { details });
  }
  return new ProviderFailedError(`${context.provider} answered ${context.path} with HTTP ${status}${said}.`, {
    details,
    // A 4xx means the request itself was wrong: sending it again cannot help.
    isRetryable: status >= 500 || status === 429,
  });
}

/** Picks the sentence out of an error body: OpenAI's `{ error: { message } }`, Ollama's `{ error }`, or the text. */
export function serverMessageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown; detail?: unknown };
    const error = parsed.error;
    if (typeof error === 'string') return error;
    if (error && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string') {
      return (error as { message: string }).message;
    }
    if (typeof parsed.message === 'string') return parsed.message;
    if (typeof parsed.detail === 'string') return parsed.detail;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return body.trim().slice(0, 300);
}

/** A fetch that threw: the caller's abort stays an abort, everything else means the server cannot be reached. */
export function errorFromNetwork(error: unknown, url: string, provider: string, signal?: AbortSignal): unknown {
  if (signal?.aborted) return signal.reason ?? error;
  if (error instanceof Error && error.name === 'AbortError') return error;
  const cause = error instanceof Error ? ((error.cause as { code?: string } | undefined)?.code ?? error.message) : String(error);
  return new ProviderUnavailableError(`${provider} could not be reached at ${new URL(url).origin} (${cause}).`, {
    cause: error,
    details: { provider, url: new URL(url).origin },
  });
}
