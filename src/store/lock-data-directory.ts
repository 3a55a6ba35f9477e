import { open, readFile, rm } from 'node:fs/promises';
import { ConfigError } from '../engine/errors/index.ts';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims an embedded database folder for this process. PGlite has no locking of its own, and two
 * processes (or two instances in one process) writing one folder would corrupt it. A lock left by
 * a process that died is taken over. Returns the function that releases the claim.
 */
export async function lockDataDirectory(directory: string): Promise<() => Promise<void>> {
  // Beside the folder, not in it: the folder belongs to Postgres, which wants it to itself.
  const lockFile = `${directory}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number((await readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && isAlive(holder)) {
        throw new ConfigError(
          `The database in ${directory} is in use by process ${holder}; the embedded database allows one process. ` +
            'Stop that process, or set DATABASE_URL=postgres://… to share a Postgres server between processes. ' +
            `If no Kiln process is running, delete ${lockFile}.`,
        );
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new ConfigError(`Could not lock ${directory}; another process keeps claiming it.`);
}
