/**
 * Every error code Kiln can answer with, its HTTP status, its CLI exit code and whether the runner
 * retries it by default. README's "Error codes" table is kept in step with this by a test.
 */
export const errorCatalogue = {
  bad_input: { status: 400, exitCode: 2, retryable: false, summary: 'The request or its options are not valid.' },
  unauthorized: { status: 401, exitCode: 2, retryable: false, summary: 'A valid bearer token is required.' },
  forbidden: { status: 403, exitCode: 2, retryable: false, summary: 'The request is not allowed for this user.' },
  not_found: { status: 404, exitCode: 2, retryable: false, summary: 'No such resource for this user.' },
  conflict: { status: 409, exitCode: 1, retryable: false, summary: 'The resource is in a state that does not allow this.' },
  payload_too_large: { status: 413, exitCode: 2, retryable: false, summary: 'The upload or body is larger than allowed.' },
  unsupported_media_type: { status: 415, exitCode: 2, retryable: false, summary: 'The content is not of an accepted type.' },
  unsafe_content: { status: 422, exitCode: 2, retryable: false, summary: 'The request was refused by the safety checks.' },
  rate_limited: { status: 429, exitCode: 1, retryable: true, summary: 'Too many requests; wait and try again.' },
  provider_unavailable: { status: 503, exitCode: 1, retryable: true, summary: 'A backend could not be reached or is not ready.' },
  provider_unsupported: { status: 501, exitCode: 1, retryable: false, summary: 'A backend does not offer what was asked.' },
  provider_failed: { status: 502, exitCode: 1, retryable: true, summary: 'A backend answered with an error.' },
  storage_unavailable: { status: 503, exitCode: 1, retryable: true, summary: 'The asset store (an S3-compatible object store) could not be reached or refused the request.' },
  all_providers_failed: { status: 503, exitCode: 1, retryable: false, summary: 'Every configured backend failed.' },
  invalid_output: { status: 502, exitCode: 1, retryable: true, summary: 'A model returned output that does not fit the expected shape.' },
  media_failed: { status: 422, exitCode: 1, retryable: false, summary: 'A media tool (ffmpeg) could not process the input.' },
  timeout: { status: 504, exitCode: 1, retryable: true, summary: 'The work took longer than allowed.' },
  cancelled: { status: 409, exitCode: 1, retryable: false, summary: 'The job was cancelled.' },
  config_invalid: { status: 500, exitCode: 2, retryable: false, summary: 'The configuration file or environment is not valid.' },
  internal: { status: 500, exitCode: 1, retryable: false, summary: 'Something went wrong inside Kiln.' },
} as const satisfies Record<string, { status: number; exitCode: number; retryable: boolean; summary: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];
