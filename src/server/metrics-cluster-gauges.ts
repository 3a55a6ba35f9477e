import type { KilnRuntime } from '../runtime/contracts.ts';
import type { SqlSession } from '../store/database.ts';
import type { MetricsOptions, UnfinishedJobCount } from './metrics.ts';

export type { UnfinishedJobCount } from './metrics.ts';

/**
 * What a server's metrics read from the shared database: the queue depth and the unfinished jobs by
 * pipeline. Every server reports the same numbers, so Prometheus aggregates them with max().
 * `kiln worker` leaves them out: it would only repeat them.
 */
export function clusterGauges(runtime: Pick<KilnRuntime, 'jobs' | 'database' | 'pipelines'>): MetricsOptions {
  const { database } = runtime;
  return {
    queueDepth: () => runtime.jobs.queueDepth(),
    ...(database ? { unfinishedJobs: () => countUnfinishedJobs(database) } : {}),
    pipelines: runtime.pipelines.list().map((pipeline) => pipeline.id),
  };
}

/**
 * Queued and running jobs by pipeline, from the `jobs` table (its partial index on unfinished jobs
 * keeps a scrape cheap however many jobs have finished).
 */
export async function countUnfinishedJobs(database: SqlSession): Promise<UnfinishedJobCount[]> {
  return database.query<UnfinishedJobCount>(
    `SELECT pipeline, state, count(*)::int AS count FROM jobs WHERE state IN ('queued', 'running') GROUP BY pipeline, state ORDER BY pipeline, state`,
  );
}
