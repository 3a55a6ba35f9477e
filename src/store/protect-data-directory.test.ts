import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

const source = (path: string) => JSON.stringify(fileURLToPath(new URL(path, import.meta.url)));

/** Every folder and file under `root` with its permission bits, as `path: 0700`. */
async function modesUnder(root: string): Promise<string[]> {
  const found = [`.: ${((await stat(root)).mode & 0o777).toString(8)}`];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    found.push(`${relative(root, path)}: ${((await stat(path)).mode & 0o777).toString(8)}`);
  }
  return found;
}

let folder: Awaited<ReturnType<typeof temporaryDataDir>> | undefined;
afterEach(async () => {
  await folder?.remove();
  folder = undefined;
});

describe('the data folder under umask 000', () => {
  it('is private to its user: folders 0700, PGlite files, assets and temporary files 0600', async () => {
    folder = await temporaryDataDir();
    // A data folder that does not exist yet, so Kiln makes it, as on a first start.
    const dataDir = join(folder.dataDir, 'kiln');
    // The runtime as `kiln serve` builds it, in a process whose umask lets everyone read and write.
    const script = `
      const { loadConfig } = await import(${source('../config/index.ts')});
      const { createRuntime } = await import(${source('../runtime/create-runtime.ts')});
      const { writeFile } = await import('node:fs/promises');
      const config = await loadConfig({ cwd: ${JSON.stringify(dataDir)}.replace(/kiln$/, ''), env: { KILN_DATA_DIR: ${JSON.stringify(dataDir)} } });
      const runtime = await createRuntime({ config, withWorker: false, env: {} });
      await runtime.assets.put({ ownerId: 'alice', data: new TextEncoder().encode('private'), mediaType: 'text/plain', name: 'a.txt' });
      // A temporary file as the uploads write them, left in place to be looked at.
      await writeFile(${JSON.stringify(join(dataDir, 'assets', 'tmp', 'left.part'))}, 'partial');
      await runtime.close();
    `;
    const child = spawn('sh', ['-c', 'umask 000 && exec "$0" --import tsx --input-type=module -e "$1"', process.execPath, script], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);

    const modes = await modesUnder(dataDir);
    expect(modes.some((line) => line.startsWith('db/PG_VERSION:'))).toBe(true);
    expect(modes.some((line) => /^assets\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}:/.test(line))).toBe(true);
    expect(modes.some((line) => line.startsWith('assets/tmp/left.part:'))).toBe(true);
    // Nothing readable, writable or enterable by the group or by others.
    expect(modes.filter((line) => !/: [67]00$/.test(line))).toEqual([]);
  }, 120_000);
});
