import { access } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/index.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { createRuntime } from './create-runtime.ts';
import { createTestRuntime } from './testing/create-test-runtime.ts';

const exists = (path: string) => access(path).then(() => true, () => false);

describe('createRuntime', () => {
  it('takes the JWT secret from the environment it is given', async () => {
    expect(process.env.KILN_JWT_SECRET).toBeUndefined();
    const testRuntime = await createTestRuntime({ authMode: 'jwt' });
    try {
      expect(testRuntime.runtime.authMode).toBe('jwt');
      expect(testRuntime.auth).toMatchObject({ mode: 'jwt', secret: expect.any(String) });
    } finally {
      await testRuntime.close();
    }
    expect(await exists(testRuntime.dataDir)).toBe(false);
  });

  it('refuses a secret too short to be safe, closing what it opened so the folder can be used again', async () => {
    const { dataDir, remove } = await temporaryDataDir();
    try {
      const env = { KILN_DATA_DIR: dataDir, KILN_JWT_SECRET: 'too-short' };
      const config = await loadConfig({ cwd: dataDir, env });
      await expect(createRuntime({ config, env, withWorker: true })).rejects.toMatchObject({
        code: 'config_invalid', message: expect.stringContaining('KILN_JWT_SECRET is too short'),
      });
      // The embedded database allows one holder; a second start only works if the first let go.
      const localEnv = { KILN_DATA_DIR: dataDir };
      const runtime = await createRuntime({ config: await loadConfig({ cwd: dataDir, env: localEnv }), env: localEnv, withWorker: false });
      expect(runtime.authMode).toBe('local');
      await runtime.close();
    } finally {
      await remove();
    }
  });
});
