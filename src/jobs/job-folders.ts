import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from '../store/database.ts';

/**
 * Scratch folders of jobs, one per job id under `root` (the data folder's `tmp/jobs`). A worker
 * removes a job's folder when the job ends; a killed worker cannot, so every worker sweeps at start.
 */
export function createJobFolders(options: { database: Database; root: string }) {
  const { database, root } = options;
  return {
    /** Makes the job's folder (kept if a previous run of the job left one) and answers its path. */
    async open(jobId: string): Promise<string> {
      const folder = join(root, jobId);
      await mkdir(folder, { recursive: true, mode: 0o700 });
      return folder;
    },

    async remove(jobId: string): Promise<void> {
      await rm(join(root, jobId), { recursive: true, force: true });
    },

    /**
     * Removes every folder but those of jobs still queued or running. Workers sharing the data folder
     * may be running those right now; a queued one may start on another worker while this sweeps, and
     * its next run removes the folder when it ends anyway.
     */
    async sweep(): Promise<string[]> {
      const names = await readdir(root).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      if (names.length === 0) return [];
      const rows = await database.query<{ id: string }>(
        `SELECT id FROM jobs WHERE id = ANY($1::text[]) AND state IN ('queued', 'running')`,
        [names],
      );
      const live = new Set(rows.map((row) => row.id));
      const removed = names.filter((name) => !live.has(name));
      for (const name of removed) await rm(join(root, name), { recursive: true, force: true });
      return removed;
    },
  };
}
