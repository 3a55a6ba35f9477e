// Queue throughput: jobs per second through pg-boss with a no-op step (the diagnostic pipeline with one
// zero-delay step), on the embedded PGlite database and on a real PostgreSQL side by side.
// Run: npx tsx bench/queue/run-queue-bench.ts [--jobs 200] [--concurrency 4]
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/index.ts';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import { localUserId } from '../../src/runtime/local-user.ts';
import { measureJobs } from '../../src/jobs/measure-jobs.ts';
import { temporaryDataDir } from '../../src/store/testing/temporary-data-dir.ts';
import { postgresUnavailableReason, startTemporaryPostgres } from '../../src/store/testing/temporary-postgres.ts';
import { round } from '../lib/statistics.ts';

const { values } = parseArgs({ options: { jobs: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '4' } } });
const jobCount = Number(values.jobs);
const concurrency = Number(values.concurrency);

/** Queues `jobCount` jobs at once and returns how many finished per second, first create to last end. */
async function measure(databaseUrl?: string): Promise<{ jobs_per_second: number; seconds: number; failed: number; run_ms_p50: number }> {
  const data = await temporaryDataDir();
  const config = await loadConfig({ cwd: data.dataDir, env: { KILN_DATA_DIR: data.dataDir, DATABASE_URL: databaseUrl } });
  const runtime = await createRuntime({ config, withWorker: true, workerConcurrency: concurrency, queueTimings: { pollingIntervalSeconds: 0.5 } });
  try {
    const started = performance.now();
    const result = await measureJobs({
      service: runtime.jobs,
      ownerId: localUserId,
      pipelineId: 'diagnostic',
      inputs: Array.from({ length: jobCount }, (_, index) => ({ steps: 1, label: `job ${index}` })),
    });
    const seconds = (performance.now() - started) / 1000;
    const failed = result.jobs.filter((job) => job.state !== 'succeeded').length;
    return { jobs_per_second: round(jobCount / seconds, 1), seconds: round(seconds, 2), failed, run_ms_p50: round(result.run.p50, 1) };
  } finally {
    await runtime.close();
    await data.remove();
  }
}

const pglite = await measure();
console.log(`PGlite:     ${pglite.jobs_per_second} jobs/s (${jobCount} jobs in ${pglite.seconds} s, ${pglite.failed} failed)`);
let postgres: Awaited<ReturnType<typeof measure>> | { skipped: string };
if (postgresUnavailableReason) {
  postgres = { skipped: postgresUnavailableReason };
} else {
  const server = await startTemporaryPostgres();
  try {
    postgres = await measure(await server.createDatabase('kiln_queue_bench'));
    console.log(`PostgreSQL: ${postgres.jobs_per_second} jobs/s (${jobCount} jobs in ${postgres.seconds} s, ${postgres.failed} failed)`);
  } finally {
    await server.stop();
  }
}
console.log(JSON.stringify({ benchmark: 'queue', jobs: jobCount, worker_concurrency: concurrency, pglite, postgres }));
