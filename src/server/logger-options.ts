import type { FastifyLoggerOptions } from 'fastify';
import { symbols, type Logger, type LoggerOptions as PinoLoggerOptions } from 'pino';
import type { LogLevel } from '../config/kiln-config.ts';
import { createPrettyLogStream, type LogDestination } from './pretty-log-stream.ts';
import { redactLogObject } from './redact-log-object.ts';

export type LoggerSetting = boolean | (FastifyLoggerOptions & PinoLoggerOptions);

/**
 * Log paths that may hold a credential. Fastify's request serializer leaves headers out already;
 * these catch the places a handler or plugin might log them anyway (a request's headers). pino
 * checks these by key, which costs nothing on lines without them; the same names at any depth (a
 * config object with a backend's API key, an error's details) are hidden by redactLogObject, which
 * replaced pino's wildcard paths (`*.token`, `*.*.apiKey`), a tenth of a busy server's time.
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
];

/**
 * Fastify logger options with the redaction above; `false` and `undefined` switch logging off. With
 * `true`, a terminal gets readable lines and anything else (a file, a pipe, a log collector) JSON.
 */
export function loggerOptions(
  setting: LoggerSetting | undefined,
  output: LogDestination & { isTTY?: boolean } = process.stdout,
  level: LogLevel = 'info',
): false | (FastifyLoggerOptions & PinoLoggerOptions) {
  if (!setting) return false;
  let base = setting === true ? {} : setting;
  if (setting === true && output.isTTY) base = { stream: createPrettyLogStream(output) };
  // pino's own stdout writer is faster than going through the stream object; others get written to.
  else if (setting === true && output !== process.stdout) base = { stream: output };
  const ownLogFormatter = base.formatters?.log;
  return {
    level,
    ...base,
    redact: { paths: redactedLogPaths, censor: '[redacted]' },
    formatters: {
      ...base.formatters,
      log: (object) => redactLogObject(ownLogFormatter ? ownLogFormatter(object) : object),
      bindings: (bindings) => redactLogObject(base.formatters?.bindings ? base.formatters.bindings(bindings) : bindings),
    },
    onChild: (child) => {
      redactChildBindings(child);
      base.onChild?.(child);
    },
  };
}

const secretBinding = /"(?:authorization|cookie|secret|password|apiKey|token|accessToken)":/;

/**
 * pino gives a child's bindings (`logger.child({ … })`) to no formatter, only to its path redaction;
 * they are written once per child as a JSON fragment, which is redacted here when it names a secret.
 */
function redactChildBindings(child: Logger): void {
  const holder = child as unknown as Record<symbol, string>;
  const fragment = holder[symbols.chindingsSym];
  if (!secretBinding.test(fragment)) return;
  const redacted = JSON.stringify(redactLogObject(JSON.parse(`{${fragment.slice(1)}}`)));
  holder[symbols.chindingsSym] = `,${redacted.slice(1, -1)}`;
}

/** Query parameters that carry a credential: live sockets take `token` (a JWT) and `key` (a viewer key). */
const secretQueryParameter = /([?&](?:token|access_token|key|api_key|apikey)=)[^&#]*/gi;

/** The URL as the access log writes it: credentials in the query string become `[redacted]`. */
export function redactUrl(url: string): string {
  // Every request's log line passes here; a URL without `=` has no parameter value to hide.
  return url.includes('=') ? url.replace(secretQueryParameter, '$1[redacted]') : url;
}
