import { chmod, mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';

/** Group and others get nothing: read, write and enter are for the user Kiln runs as. */
const privateBits = 0o077;

/**
 * Makes Kiln's data folder private to the user it runs as, whatever the umask it was started with:
 * the folder becomes 0700, and from now on every file this process creates is 0600 and every folder
 * 0700. The umask, not a mode per call, because most files are not written by our code: PGlite
 * writes the database's, ffmpeg (a child, which inherits the umask) the media's, and libraries their
 * temporary files. An existing folder is tightened too, which hides whatever an older Kiln left open.
 */
export async function protectDataDirectory(dataDir: string): Promise<void> {
  // A worker thread cannot change the umask; it shares the main thread's, set when that one started.
  if (isMainThread) process.umask(process.umask() | privateBits);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
}

/**
 * Takes group and other permissions off everything under `folder`. For files a library chmods
 * itself, past the umask: PGlite unpacks a fresh database with mode 0666 on every file.
 */
export async function makeTreePrivate(folder: string): Promise<void> {
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) await chmod(join(entry.parentPath, entry.name), 0o700);
    else if (entry.isFile()) await chmod(join(entry.parentPath, entry.name), 0o600);
  }
  await chmod(folder, 0o700);
}
