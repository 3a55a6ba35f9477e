// Queue throughput: jobs per second through pg-boss with a no-op step (the diagnostic pipeline with one
// zero-delay step), on the embedded PGlite database and on a real PostgreSQL side by side.
// Run: npx tsx bench/queue/run-queue-bench.ts [--jobs 200] [--concurrency 4]
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/index.ts';
import { createRuntime } from '../../src/runtime/create-runtime.ts';
import { localUserId } from '../../src/runtime/local-user.ts';
import { temporaryDataDir } from '../../src/store/testing/temporary-data-dir.ts';
import { postgresUnavailableReason, startTemporaryPostgres } from '../../src/store/testing/temporary-postgres.ts';
import { round } from '../lib/statistics.ts';

const { values } = parseArgs({ options: { jobs: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '4' } } });
const jobCount = Number(values.jobs);
const concurrency = Number(values.concurrency);

/** Queues `jobCount` jobs at once and returns how many finished per second, first create to last end. */
async function measure(databaseUrl?: string): Promise<{ jobs_per_second: number; seconds: number; failed: number }> {
  const data = await temporaryDataDir();
  const config = await loadConfig({ cwd: data.dataDir, env: { KILN_DATA_DIR: data.dataDir, DATABASE_URL: databaseUrl } });
  const runtime = await createRuntime({ config, withWorker: true, workerConcurrency: concurrency, queueTimings: { pollingIntervalSeconds: 0.5 } });
  try {
    let finished = 0;
    let failed = 0;
    let allDone = () => {};
    const done = new Promise<void>((resolve) => (allDone = resolve));
    const ids = new Set<string>();
    const started = performance.now();
    for (let index = 0; index < jobCount; index += 1) {
      const job = await runtime.jobs.create(localUserId, 'diagnostic', { steps: 1, label: `job ${index}` });
      ids.add(job.id);
    }
    const unsubscribes = await Promise.all(
      [...ids].map((id) =>
        runtime.jobs.subscribe(id, (event) => {
          if (event.type === 'job-end' || event.type === 'job-error') {
            if (event.type === 'job-error') failed += 1;
            finished += 1;
            if (finished === jobCount) allDone();
          }
        }),
      ),
    );
    await done;
    const seconds = (performance.now() - started) / 1000;
    await Promise.all(unsubscribes.map((unsubscribe) => unsubscribe()));
    return { jobs_per_second: round(jobCount / seconds, 1), seconds: round(seconds, 2), failed };
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
