// What a soak run left behind: every accepted job must reach the state it was meant to end in, and
// the asset files on disk must match the asset records one for one.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { jobQueueName } from '../../src/jobs/job-message.ts';
import { openDatabase } from '../../src/store/database.ts';
import { median } from '../lib/statistics.ts';
import { settledAcceptably } from './soak-hostile.ts';
import type { RssSample } from './soak-servers.ts';

const terminal = new Set(['succeeded', 'failed', 'cancelled']);

export interface JobAudit {
  done: number;
  /** Accepted but, after the drain, unknown to the server or still not finished. */
  lost: string[];
  /** Finished in another state than the one the action asked for (e.g. failed). */
  wrongEnd: Array<{ id: string; state: string; wanted: string; error?: unknown }>;
}

/** The state of each job in `ids` that has ended, 16 requests at a time. */
async function endedJobs(url: string, ids: string[]): Promise<Map<string, { state: string; error?: unknown }>> {
  const ended = new Map<string, { state: string; error?: unknown }>();
  for (let start = 0; start < ids.length; start += 16) {
    await Promise.all(ids.slice(start, start + 16).map(async (id) => {
      const response = await fetch(`${url}/api/jobs/${id}`).catch(() => undefined);
      if (!response?.ok) return;
      const job = (await response.json()) as { state: string; error?: unknown };
      if (terminal.has(job.state)) ended.set(id, job);
    }));
  }
  return ended;
}

/** While the traffic runs, notes which jobs have ended, so clients can hold back on a long backlog. */
export async function watchJobs(url: string, record: { jobs: Map<string, string>; ended: Set<string> }, done: () => boolean): Promise<void> {
  while (!done()) {
    const open = [...record.jobs.keys()].filter((id) => !record.ended.has(id));
    for (const id of (await endedJobs(url, open)).keys()) record.ended.add(id);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

/**
 * Polls every accepted job until each has ended. Gives up when none has ended for `stallMs` (or
 * after `capMs` in all): what is unfinished then is lost, as no worker is getting to it.
 */
export async function auditJobs(url: string, jobs: Map<string, string>, stallMs = 3 * 60_000, capMs = 20 * 60_000): Promise<JobAudit> {
  const pending = new Set(jobs.keys());
  const ended = new Map<string, { state: string; error?: unknown }>();
  const started = Date.now();
  let lastProgress = Date.now();
  while (pending.size > 0 && Date.now() - lastProgress < stallMs && Date.now() - started < capMs) {
    const found = await endedJobs(url, [...pending]);
    for (const [id, job] of found) {
      pending.delete(id);
      ended.set(id, job);
    }
    if (found.size > 0) lastProgress = Date.now();
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  const endedAsAsked = (id: string, job: { state: string; error?: unknown }) =>
    jobs.get(id) === 'settled' ? settledAcceptably(job as { state: string; error?: { code?: string } }) : job.state === jobs.get(id);
  const wrongEnd = [...ended].filter(([id, job]) => !endedAsAsked(id, job)).map(([id, job]) => ({ id, state: job.state, wanted: jobs.get(id)!, error: job.error }));
  return { done: ended.size - wrongEnd.length, lost: [...pending], wrongEnd };
}

/**
 * Interruptions the queue counted (pg-boss's attempt counter, one per lost run): each kill should
 * account for no more than the jobs its worker held.
 */
export async function auditInterruptions(options: { dataDir: string; databaseUrl?: string }) {
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  try {
    const [row] = await database.query<{ counted: number; jobs: number; worst: number }>(
      `SELECT coalesce(sum(retry_count), 0)::int AS counted, count(*) FILTER (WHERE retry_count > 0)::int AS jobs,
              coalesce(max(retry_count), 0)::int AS worst
       FROM pgboss.job WHERE name = $1`,
      [jobQueueName],
    );
    return row;
  } finally {
    await database.close();
  }
}

/** Asset files without a record, records without a file, and temporary files left over (server stopped). */
export async function auditAssets(options: { dataDir: string; databaseUrl?: string }) {
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  let recorded: Set<string>;
  try {
    recorded = new Set((await database.query<{ sha256: string }>('SELECT DISTINCT sha256 FROM assets')).map((row) => row.sha256));
  } finally {
    await database.close();
  }
  const root = join(options.dataDir, 'assets');
  const files = new Set<string>();
  let temporaryFiles = 0;
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (/^[0-9a-f]{64}$/.test(entry.name)) files.add(entry.name);
    else if (entry.parentPath.endsWith(join('assets', 'tmp'))) temporaryFiles += 1;
  }
  return {
    records: recorded.size,
    files: files.size,
    filesWithoutRecord: [...files].filter((sha256) => !recorded.has(sha256)).length,
    recordsWithoutFile: [...recorded].filter((sha256) => !files.has(sha256)).length,
    temporaryFiles,
  };
}

/**
 * Memory of the longest-lived server process: resident size after warm-up against its last samples. Growth that keeps going over a long run is a leak; a plateau is a cache.
 */
export function memoryGrowth(samples: RssSample[]) {
  const byProcess = Map.groupBy(samples, (sample) => sample.pid);
  const longest = [...byProcess.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const first = longest[0]?.atMs ?? 0;
  const lifetime = (longest.at(-1)?.atMs ?? 0) - first;
  // A minute of warm-up, or the first third of a shorter life (killed servers restart on PGlite).
  const warm = longest.filter((sample) => sample.atMs - first >= Math.min(60_000, lifetime / 3));
  const early = warm.slice(0, 3).map((sample) => sample.mebibytes);
  const late = warm.slice(-3).map((sample) => sample.mebibytes);
  return {
    over_seconds: warm.length > 1 ? Math.round((warm.at(-1)!.atMs - warm[0].atMs) / 1000) : 0,
    rss_after_warmup_mib: Math.round(median(early)),
    rss_at_end_mib: Math.round(median(late)),
    rss_peak_mib: Math.round(Math.max(0, ...longest.map((sample) => sample.mebibytes))),
    growth_mib: Math.round(median(late) - median(early)),
  };
}
