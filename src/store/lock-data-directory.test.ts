import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../engine/errors/index.ts';
import { lockDataDirectory } from './lock-data-directory.ts';
import { temporaryDataDir } from './testing/temporary-data-dir.ts';

const lockModule = fileURLToPath(new URL('./lock-data-directory.ts', import.meta.url));

/** Another process that takes the lock, says so, and then waits to be killed. */
async function lockInAnotherProcess(directory: string): Promise<ChildProcess> {
  const script = `
    const { lockDataDirectory } = await import(${JSON.stringify(lockModule)});
    await lockDataDirectory(${JSON.stringify(directory)});
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()).includes('locked') && resolve());
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the locking process exited with ${code}: ${output}`)));
  });
  return child;
}

const killed = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });

let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
let database: string;
const children: ChildProcess[] = [];
beforeEach(async () => {
  folder = await temporaryDataDir();
  database = join(folder.dataDir, 'db');
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) await killed(child, 'SIGKILL');
  await folder.remove();
});

describe('lockDataDirectory', () => {
  it('refuses a second process while the first is alive, and lets it in once the first is killed with -9', async () => {
    const first = await lockInAnotherProcess(database);
    children.push(first);
    await expect(lockDataDirectory(database)).rejects.toThrow(ConfigError);
    await expect(lockDataDirectory(database)).rejects.toThrow(`in use by process ${first.pid};`);

    await killed(first, 'SIGKILL');
    const unlock = await lockDataDirectory(database);
    await unlock();
  }, 60_000);

  it('is not fooled by a lock file that names this very process (PID 1 in a container after kill -9)', async () => {
    await writeFile(`${database}.lock`, String(process.pid));
    const unlock = await lockDataDirectory(database);
    await unlock();
  });

  it('refuses a second claim from the same process, and allows a new one after release', async () => {
    const unlock = await lockDataDirectory(database);
    await expect(lockDataDirectory(database)).rejects.toThrow(ConfigError);
    await unlock();
    const again = await lockDataDirectory(database);
    await again();
  });
});
