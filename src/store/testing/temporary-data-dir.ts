import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh Kiln data folder under the system temp folder, and the function that removes it. */
export async function temporaryDataDir(): Promise<{ dataDir: string; remove(): Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kiln-data-'));
  return { dataDir, remove: () => rm(dataDir, { recursive: true, force: true }) };
}
