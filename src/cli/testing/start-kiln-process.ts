import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts `kiln serve` (or `kiln worker`) as its own process, as a user would, so a benchmark's load
 * generator does not share an event loop with the server it measures.
 */
export async function startKilnProcess(options: {
  command: 'serve' | 'worker';
  port?: number;
  env?: Record<string, string>;
  dataDir?: string;
  /** More arguments for the command, e.g. `--no-worker`. */
  args?: string[];
  /** A file the server's log (stdout) is appended to; by default the log is dropped. */
  logFile?: string;
}): Promise<{ url: string; process: ChildProcess; dataDir: string; stop(signal?: NodeJS.Signals): Promise<void> }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kiln-bench-'));
  // Port 0 lets the system pick a free port; the server prints the address it got.
  const port = options.port ?? 0;
  const binary = fileURLToPath(new URL('../../../bin/kiln.js', import.meta.url));
  const args = [binary, options.command, ...(options.command === 'serve' ? ['--port', String(port)] : []), ...(options.args ?? [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, KILN_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', options.logFile ? openSync(options.logFile, 'a') : 'ignore', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    // A worker's url is its metrics address when it has one (`--metrics-port`), else empty.
    const ready = options.command === 'serve' ? /serving on (http:\/\/\S+)/ : /is taking jobs[^\n]*?(?:metrics on (http:\/\/\S+))?\n/;
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = ready.exec(stderr);
      if (match) resolve(match[1] ?? '');
    });
    child.once('exit', (code) => reject(new Error(`kiln ${options.command} exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    process: child,
    dataDir,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
