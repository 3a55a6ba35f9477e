import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SignJWT } from 'jose';
import { loadConfig } from '../../config/index.ts';
import type { PipelineDefinition } from '../../engine/pipeline.ts';
import type { ProgressEvent } from '../../engine/progress-event.ts';
import type { AuthOptions } from '../../server/auth/auth-options.ts';
import { temporaryDataDir } from '../../store/testing/temporary-data-dir.ts';
import type { EventOrigin } from '../../jobs/job-events.ts';
import { authOptionsFrom } from '../auth-options.ts';
import type { KilnRuntime } from '../contracts.ts';
import { createRuntime } from '../create-runtime.ts';
import { installedPipelines } from '../installed-pipelines.ts';
import { copyTemplateDatabase } from './template-database.ts';

/** The HS256 secret a JWT-mode test runtime trusts. */
export const testJwtSecret = 'kiln-test-runtime-secret-long-enough-for-hs256';

export interface TestRuntimeOptions {
  /** `local` (default) or `jwt`, which trusts HS256 tokens signed with testJwtSecret. */
  authMode?: 'local' | 'jwt';
  /** Pipelines offered beside the installed ones (the diagnostic pipeline). */
  pipelines?: PipelineDefinition[];
  /** More environment variables for loadConfig, e.g. `KILN_OLLAMA_URL`. */
  env?: Record<string, string>;
  /**
   * Run jobs in this process (default), as `kiln serve` does. False leaves created jobs queued, for a
   * test that runs a pipeline itself and needs only the job record its assets belong to.
   */
  withWorker?: boolean;
  /** Jobs the worker runs at once. Default 2, as in `kiln serve`. */
  workerConcurrency?: number;
  /** Hears every progress event with its origin, as the serve command's metrics do. */
  onProgressEvent?: (event: ProgressEvent, origin: EventOrigin) => void;
}

export interface TestRuntime {
  runtime: KilnRuntime;
  /** The temporary data folder: the PGlite database in `db/`, asset files in `assets/`. */
  dataDir: string;
  /** The server auth options for this runtime, from the same configuration and environment. */
  auth: AuthOptions;
  /** An Authorization header for `userId`, valid for five minutes (JWT mode); `claims` adds e.g. `kiln_admin`. */
  bearer(userId: string, claims?: Record<string, unknown>): Promise<{ authorization: string }>;
  /** Closes the runtime and removes the data folder. */
  close(): Promise<void>;
}

/**
 * The real runtime, worker included, on an embedded database in a fresh temporary folder, as
 * `kiln serve` builds it. The database starts as a copy of a migrated template (see
 * template-database.ts); even so a start takes a second or so, so a test file shares one (beforeAll).
 */
export async function createTestRuntime(options: TestRuntimeOptions = {}): Promise<TestRuntime> {
  const { dataDir, remove } = await temporaryDataDir();
  const env: Record<string, string> = { KILN_DATA_DIR: dataDir, ...options.env };
  if (options.authMode === 'jwt') env.KILN_JWT_SECRET = testJwtSecret;
  try {
    await copyTemplateDatabase(dataDir);
    // cwd is the data folder, so no kiln.config file of the developer's is picked up.
    const config = await loadConfig({ cwd: dataDir, env });
    const runtime = await createRuntime({
      config,
      env,
      cwd: dataDir,
      withWorker: options.withWorker ?? true,
      workerConcurrency: options.workerConcurrency,
      pipelines: [...installedPipelines(), ...(options.pipelines ?? [])],
      onProgressEvent: options.onProgressEvent,
    });
    return {
      runtime,
      dataDir,
      auth: authOptionsFrom(config, env),
      async bearer(userId, claims = {}) {
        const token = await new SignJWT({ ...claims, sub: userId })
          .setProtectedHeader({ alg: 'HS256' })
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode(testJwtSecret));
        return { authorization: `Bearer ${token}` };
      },
      async close() {
        await runtime.close();
        await remove();
      },
    };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Every file under the data folder's `assets/` (temporary files included), relative to it, sorted. */
export async function assetFiles(dataDir: string): Promise<string[]> {
  const root = join(dataDir, 'assets');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}
