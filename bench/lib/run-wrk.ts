import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether Debian's `wrk` (a load generator in C) is installed: it costs the server far less CPU than a Node client. */
export function wrkIsInstalled(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk prints its version and exits 1; only a missing binary throws ENOENT.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);

/**
 * Runs wrk with `connections` open connections for `seconds` against `url` and reads its latency
 * percentiles and request rate. A POST sends `body` as JSON through wrk's Lua hook.
 */
export async function runWrk(options: { url: string; connections: number; seconds: number; threads?: number; body?: string }) {
  const args = ['-t', String(options.threads ?? 1), '-c', String(options.connections), '-d', `${options.seconds}s`, '--latency'];
  if (options.body !== undefined) {
    const script = join(mkdtempSync(join(tmpdir(), 'kiln-wrk-')), 'post.lua');
    writeFileSync(script, `wrk.method = "POST"\nwrk.body = ${JSON.stringify(options.body)}\nwrk.headers["Content-Type"] = "application/json"\n`);
    args.push('-s', script);
  }
  const output = await new Promise<string>((resolve, reject) =>
    execFile('wrk', [...args, options.url], (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
  const percentile = (label: string) => {
    const match = new RegExp(`^\\s+${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(output);
    return match ? toMs(match[1], match[2]) : NaN;
  };
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0);
  const perSecond = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0);
  return { requests, errors: non2xx, p50_ms: percentile('50'), p99_ms: percentile('99'), requests_per_second: perSecond };
}
