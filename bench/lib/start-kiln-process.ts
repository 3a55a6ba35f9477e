import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Starts `kiln serve` (or `kiln worker`) as its own process, as a user would, so a benchmark's load
 * generator does not share an event loop with the server it measures.
 */
export async function startKilnProcess(options: {
  command: 'serve' | 'worker';
  port?: number;
  env?: Record<string, string>;
  dataDir?: string;
}): Promise<{ url: string; process: ChildProcess; dataDir: string; stop(signal?: NodeJS.Signals): Promise<void> }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'kiln-bench-'));
  const port = options.port ?? 18000 + Math.floor(Math.random() * 2000);
  const args = ['bin/kiln.js', options.command, ...(options.command === 'serve' ? ['--port', String(port)] : [])];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, KILN_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const ready = options.command === 'serve' ? /serving on/ : /is taking jobs/;
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (ready.test(stderr)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`kiln ${options.command} exited with ${code}: ${stderr}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    process: child,
    dataDir,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
