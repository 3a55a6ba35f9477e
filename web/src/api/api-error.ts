/** An error answer from the Kiln API (`{ error: { code, message } }`), or a failed request. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** The server's error code, e.g. `not_found`; `network` when no answer came. */
    readonly code: string,
    message: string,
    /** The HTTP status, or 0 when the request never got an answer. */
    readonly status: number,
    /** The server's structured facts (a refusal's topic and suggested ideas, field issues). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  /** True when a token is missing or was refused, so the page can point at the settings. */
  get needsToken(): boolean {
    return this.status === 401 || this.code === 'unauthorized';
  }
}

export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = undefined;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page, say): the status line is all there is.
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : `The server answered ${response.status} ${response.statusText}`.trim() + '.';
  const details = error?.details && typeof error.details === 'object' ? (error.details as Record<string, unknown>) : undefined;
  return new ApiError(code, message, response.status, details);
}

/** Whatever a failed call threw, as an ApiError a page can show (a thrown TypeError or string included). */
export function asApiError(reason: unknown): ApiError {
  return reason instanceof ApiError ? reason : new ApiError('internal', String(reason), 0);
}
