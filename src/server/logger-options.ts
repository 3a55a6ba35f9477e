import type { FastifyLoggerOptions } from 'fastify';
import type { LoggerOptions as PinoLoggerOptions } from 'pino';
import { createPrettyLogStream, type LogDestination } from './pretty-log-stream.ts';

export type LoggerSetting = boolean | (FastifyLoggerOptions & PinoLoggerOptions);

/**
 * Log paths that may hold a credential. Fastify's request serializer leaves headers out already;
 * these catch the places a handler or plugin might log them anyway (a request's headers, a config
 * object with a backend's API key).
 */
export const redactedLogPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'authorization',
  'secret',
  'password',
  'apiKey',
  'token',
  '*.secret',
  '*.password',
  '*.apiKey',
  '*.token',
  '*.accessToken',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.*.secret',
  '*.*.apiKey',
];

/**
 * Fastify logger options with the redaction above; `false` and `undefined` switch logging off. With
 * `true`, a terminal gets readable lines and anything else (a file, a pipe, a log collector) JSON.
 */
export function loggerOptions(
  setting: LoggerSetting | undefined,
  output: LogDestination & { isTTY?: boolean } = process.stdout,
): false | (FastifyLoggerOptions & PinoLoggerOptions) {
  if (!setting) return false;
  let base = setting === true ? {} : setting;
  if (setting === true && output.isTTY) base = { stream: createPrettyLogStream(output) };
  // pino's own stdout writer is faster than going through the stream object; others get written to.
  else if (setting === true && output !== process.stdout) base = { stream: output };
  return { level: 'info', ...base, redact: { paths: redactedLogPaths, censor: '[redacted]' } };
}

/** Query parameters that carry a credential: live sockets take `token` (a JWT) and `key` (a viewer key). */
const secretQueryParameter = /([?&](?:token|access_token|key|api_key|apikey)=)[^&#]*/gi;

/** The URL as the access log writes it: credentials in the query string become `[redacted]`. */
export function redactUrl(url: string): string {
  return url.replace(secretQueryParameter, '$1[redacted]');
}
