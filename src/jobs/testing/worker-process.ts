/**
 * A Kiln worker in a process of its own, for tests that kill it (SIGKILL) mid-job. Configured by
 * environment: KILN_DATA_DIR, KILN_DATABASE_URL (absent: PGlite), KILN_COUNTS_DIR, KILN_HOLD (a
 * step to hold forever), KILN_BUSY (`<step>:<milliseconds>`, a step that holds the event loop that
 * long, or until the file KILN_BUSY_RELEASE_FILE exists), KILN_STALLED_WORKER_SECONDS (the queue timing) and KILN_CREATE_JOB (text of a job to create first, for PGlite, where no
 * other process can open the database). Prints `{"jobId": …}` after creating, `{"working": true}`
 * once the worker runs.
 */
import { createCountingPipeline, type CountingNode } from './counting-pipeline.ts';
import { openJobSystem } from './open-job-system.ts';

const environment = process.env;
const [busyNode, busyMilliseconds] = environment.KILN_BUSY?.split(':') ?? [];
const counting = createCountingPipeline({
  countsDir: environment.KILN_COUNTS_DIR,
  hold: environment.KILN_HOLD ? [environment.KILN_HOLD as CountingNode] : [],
  busy: busyNode ? { node: busyNode as CountingNode, milliseconds: Number(busyMilliseconds), releaseFile: environment.KILN_BUSY_RELEASE_FILE } : undefined,
});
const system = await openJobSystem({
  dataDir: environment.KILN_DATA_DIR!,
  databaseUrl: environment.KILN_DATABASE_URL || undefined,
  pipelines: [counting.pipeline],
  timings: environment.KILN_STALLED_WORKER_SECONDS ? { stalledWorkerSeconds: Number(environment.KILN_STALLED_WORKER_SECONDS) } : {},
});
if (environment.KILN_CREATE_JOB) {
  const job = await system.service.create('alice', 'counting', { text: environment.KILN_CREATE_JOB });
  console.log(JSON.stringify({ jobId: job.id }));
}
await system.worker([counting.pipeline]).start();
console.log(JSON.stringify({ working: true }));
