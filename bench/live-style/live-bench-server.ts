// A Kiln server for the live benchmarks, run as its own process so the load generator does not
// share its event loop: JWT auth (one user per simulated streamer, as in real use), no worker, and
// the built-in filters behind `builtin:filters`. Prints `serving on <url>` to stderr when ready.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The HS256 secret the benchmark server trusts; the load generator signs its tokens with it. */
export const benchJwtSecret = 'kiln-live-benchmark-secret-not-for-production-use';

/** Starts this file as a child process and answers its address and a way to stop it. */
export async function spawnLiveBenchServer(): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, KILN_JWT_SECRET: benchJwtSecret, KILN_LIVE_BENCH_SERVER: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /serving on (http:\/\/\S+)/.exec(stderr);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the benchmark server exited with ${code}: ${stderr}`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

async function serve(): Promise<void> {
  const [{ loadConfig }, { createRuntime }, { startServer }, { authOptionsFrom }] = await Promise.all([
    import('../../src/config/index.ts'),
    import('../../src/runtime/create-runtime.ts'),
    import('../../src/server/start-server.ts'),
    import('../../src/runtime/auth-options.ts'),
  ]);
  const dataDir = mkdtempSync(join(tmpdir(), 'kiln-live-bench-'));
  const env = { ...process.env, KILN_DATA_DIR: dataDir };
  const config = await loadConfig({ cwd: dataDir, env });
  const runtime = await createRuntime({ config, env, withWorker: false });
  const server = await startServer({ runtime, host: '127.0.0.1', port: 0, auth: authOptionsFrom(config, env), logger: false });
  process.stderr.write(`serving on ${server.url}\n`);
  process.once('SIGTERM', async () => {
    await server.close();
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
}

if (process.env.KILN_LIVE_BENCH_SERVER === '1') await serve();
