/**
 * Readable log lines for a person at a terminal, in place of pino's JSON (pino-pretty is not a
 * dependency, and one line per request needs little): `14:03:07 INFO  GET /api/health 200 3.1 ms`.
 * When the output is a file or a pipe, the server keeps writing JSON, which log tools read.
 */

/** What pino accepts as a destination: anything with `write`. */
export interface LogDestination {
  write(text: string): unknown;
}

const levelNames: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const levelColors: Record<number, string> = { 10: '90', 20: '90', 30: '32', 40: '33', 50: '31', 60: '35' };
// Fields every line carries, or that the line's own words already say.
const hiddenFields = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'reqId', 'req', 'res', 'err', 'method', 'url', 'statusCode', 'ms']);

const paint = (colors: boolean, code: string, text: string) => (colors ? `\u001b[${code}m${text}\u001b[0m` : text);

function clock(time: unknown): string {
  const date = typeof time === 'number' ? new Date(time) : new Date();
  return date.toTimeString().slice(0, 8);
}

/** One pino JSON line as a readable line; a line that is not pino's JSON passes through unchanged. */
export function formatLogLine(line: string, options: { colors: boolean }): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  if (!entry || typeof entry !== 'object') return `${line.trimEnd()}\n`;
  const level = typeof entry.level === 'number' ? entry.level : 30;
  const label = paint(options.colors, levelColors[level] ?? '0', (levelNames[level] ?? String(level)).padEnd(5));
  let text: string;
  if (entry.msg === 'request' && typeof entry.method === 'string') {
    const status = Number(entry.statusCode);
    const statusText = status >= 400 ? paint(options.colors, status >= 500 ? '31' : '33', String(entry.statusCode)) : String(entry.statusCode);
    text = `${entry.method} ${entry.url} ${statusText} ${entry.ms} ms`;
  } else {
    text = String(entry.msg ?? '');
  }
  const extras = Object.entries(entry)
    .filter(([key]) => !hiddenFields.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  if (extras.length > 0) text += paint(options.colors, '90', `  ${extras.join(' ')}`);
  const error = entry.err as { message?: string; stack?: string } | undefined;
  if (error) text += `\n${(error.stack ?? error.message ?? JSON.stringify(error)).replace(/^/gm, '    ')}`;
  return `${paint(options.colors, '90', clock(entry.time))} ${label} ${text}\n`;
}

/** A pino destination writing readable lines to `output`; colours unless NO_COLOR is set. */
export function createPrettyLogStream(output: LogDestination, env: Record<string, string | undefined> = process.env): LogDestination {
  const colors = !env.NO_COLOR;
  return { write: (text: string) => output.write(formatLogLine(text, { colors })) };
}
