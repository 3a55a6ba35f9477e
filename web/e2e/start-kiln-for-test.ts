/**
 * A real Kiln server for page tests: local auth, an in-process worker and a throwaway data folder,
 * serving the built web app. The app is built first when web/dist is missing or older than its
 * sources, so a test never checks yesterday's pages.
 *
 * KILN_TEST_URL points the tests at a server that is already running instead (nothing is started
 * or stopped then).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface KilnForTest {
  url: string;
  close(): Promise<void>;
}

/** Below the page tests' hook limit (180 s in vitest.config.ts), so a hanging close names what it waits on. */
const closeLimitMs = 150_000;

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const webFolder = path.join(repositoryRoot, 'web');
const builtIndex = path.join(webFolder, 'dist', 'index.html');
// In the temporary folder, so a crashed run leaves nothing in the working tree; named per checkout.
const buildLock = path.join(tmpdir(), `kiln-web-build-${createHash('sha256').update(repositoryRoot).digest('hex').slice(0, 12)}.lock`);

export interface StartKilnOptions {
  /** Where the config is read from and the settings page writes it; the checkout by default. */
  cwd?: string;
  /** More environment for the server, e.g. KILN_DETECT_PORTS pointing discovery at a stand-in. */
  env?: Record<string, string>;
  /** False: a server with no worker, whose jobs wait in the queue until cancelled (a state, not a race against time). */
  withWorker?: boolean;
}

export async function startKilnForTest(options: StartKilnOptions = {}): Promise<KilnForTest> {
  const existing = process.env.KILN_TEST_URL;
  if (existing) return { url: existing.replace(/\/$/, ''), close: async () => undefined };

  await ensureWebBuilt();
  // Loaded here rather than at the top so that KILN_TEST_URL runs never load the server code.
  const [{ loadConfig }, { createRuntime }, { startServer }] = await Promise.all([
    import('../../src/config/index.ts'),
    import('../../src/runtime/create-runtime.ts'),
    import('../../src/server/start-server.ts'),
  ]);
  const dataFolder = mkdtempSync(path.join(tmpdir(), 'kiln-page-test-'));
  const cwd = options.cwd ?? repositoryRoot;
  const env = { ...process.env, ...options.env, KILN_DATA_DIR: dataFolder };
  const config = await loadConfig({ cwd, env });
  const runtime = await createRuntime({ config, env, cwd, withWorker: options.withWorker ?? true });
  try {
    const server = await startServer({
      runtime,
      host: '127.0.0.1',
      port: 0,
      webRoot: path.join(webFolder, 'dist'),
      auth: { mode: 'local' },
      logger: false,
    });
    return {
      url: server.url.replace(/\/$/, ''),
      async close() {
        // A CI run once timed out in a page test's afterAll (closing Chromium, then this): say which part is still
        // closing, so that a hang, should it come back, names itself. A report, not a limit: the close goes on.
        // Only the end of a CI run's output is kept, so a close that would outlast the hook's limit fails with the
        // same words instead of the limit's bare "hook timed out".
        let closing = 'the HTTP server';
        const describe = () => `still closing ${closing}${runtime.closingPart ? ` (now ${runtime.closingPart})` : ''}; pending: ${process.getActiveResourcesInfo().join(', ')}`;
        const report = setInterval(() => console.error(`kiln test server: ${describe()} (another minute)`), 60_000);
        let giveUp: NodeJS.Timeout | undefined;
        const tooLong = new Promise<never>((_resolve, reject) => {
          giveUp = setTimeout(() => reject(new Error(`The Kiln test server took over ${closeLimitMs / 1000} s to close: ${describe()}.`)), closeLimitMs);
        });
        try {
          await Promise.race([tooLong, (async () => {
            await server.close();
            closing = 'the runtime (worker, queue, database)';
            await runtime.close();
          })()]);
        } finally {
          clearInterval(report);
          clearTimeout(giveUp);
          rmSync(dataFolder, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await runtime.close();
    rmSync(dataFolder, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Builds web/dist unless it is newer than every source file. Test files run in parallel workers,
 * so a lock file makes one of them build while the others wait and then find the build fresh.
 */
async function ensureWebBuilt(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (!isBuildFresh()) {
    let lock: number;
    try {
      lock = openSync(buildLock, 'wx');
    } catch {
      // Someone else is building. A lock left by a crashed run is taken over after two minutes.
      const lockedAt = statSync(buildLock, { throwIfNoEntry: false })?.mtimeMs;
      if (lockedAt !== undefined && Date.now() - lockedAt > 120_000) rmSync(buildLock, { force: true });
      if (Date.now() > deadline) throw new Error(`Waited two minutes for another test to build the web app (${buildLock}).`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!isBuildFresh()) {
        execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
          cwd: repositoryRoot,
          stdio: 'inherit',
        });
      }
    } finally {
      closeSync(lock);
      rmSync(buildLock, { force: true });
    }
  }
}

function isBuildFresh(): boolean {
  if (!existsSync(builtIndex)) return false;
  const builtAt = statSync(builtIndex).mtimeMs;
  const sources = [
    path.join(webFolder, 'index.html'),
    path.join(webFolder, 'vite.config.ts'),
    ...filesUnder(path.join(webFolder, 'src')),
    ...filesUnder(path.join(webFolder, 'public')),
  ];
  return sources.every((file) => statSync(file).mtimeMs <= builtAt);
}

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
