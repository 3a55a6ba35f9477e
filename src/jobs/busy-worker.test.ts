import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { startTemporaryPostgres, type TemporaryPostgres } from '../store/testing/temporary-postgres.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { jobQueueName } from './queue.ts';
import { countedRuns, createCountingPipeline } from './testing/counting-pipeline.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

// A step that holds the event loop longer than the heartbeat (pg-boss's floor, 10 s) plus a
// supervision pass (2 s) and a margin: what a CPU-bound step does on a machine at load 15-20.
const busyMilliseconds = 15_000;
const workerScript = fileURLToPath(new URL('./testing/worker-process.ts', import.meta.url));

/** pg-boss's attempt counter: each interruption the queue counted adds one. */
async function interruptions(system: JobSystem, jobId: string) {
  return (await system.queue.boss.getJobById(jobQueueName, jobId))?.retryCount;
}

describe('a worker that is alive but busy keeps its job', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let system: JobSystem | undefined;

  beforeEach(async () => {
    folder = await temporaryDataDir();
  });
  afterEach(async () => {
    await system?.close();
    system = undefined;
    await folder.remove();
  });

  // Opening PGlite and pg-boss (up to 20 s on a loaded machine), the busy step (15 s), the rest.
  it('on PGlite: a step that holds the event loop past the heartbeat is not counted as an interruption', async () => {
    const counting = createCountingPipeline({ busy: { node: 'second', milliseconds: busyMilliseconds } });
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [counting.pipeline] });
    await system.worker([counting.pipeline]).start();
    const job = await system.service.create('alice', 'counting', { text: 'ember' });

    await expect.poll(async () => (await system!.service.get('alice', job.id)).state, { timeout: 40_000, interval: 250 }).toBe('succeeded');
    expect(await interruptions(system, job.id)).toBe(0);
    expect(counting.runs).toEqual({ first: 1, second: 1, third: 1 });
  });

  describe.skipIf(toolMissing('postgres'))('on Postgres', () => {
    let postgres: TemporaryPostgres;
    let child: ChildProcess | undefined;
    let countsDir: string;

    beforeEach(async () => {
      postgres = await startTemporaryPostgres();
      countsDir = await mkdtemp(join(tmpdir(), 'kiln-counts-'));
    });
    afterEach(async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child!.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      await system?.close();
      system = undefined;
      await postgres?.stop();
      await rm(countsDir, { recursive: true, force: true });
    });

    /** Runs one job on a worker process whose `second` step holds its event loop; this process only supervises. */
    async function runOnBusyWorkerProcess(environment: Record<string, string> = {}, whileBusy?: (jobId: string) => Promise<void>) {
      const databaseUrl = await postgres.createDatabase();
      const counting = createCountingPipeline();
      // Supervises (as every Kiln process does) but runs no worker: only the busy process can run the job.
      system = await openJobSystem({ dataDir: folder.dataDir, databaseUrl, pipelines: [counting.pipeline] });
      child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
        env: { ...process.env, KILN_DATA_DIR: folder.dataDir, KILN_DATABASE_URL: databaseUrl, KILN_COUNTS_DIR: countsDir, KILN_BUSY: `second:${busyMilliseconds}`, ...environment },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      for await (const line of createInterface({ input: child.stdout! })) if (line.includes('"working"')) break;
      const job = await system.service.create('alice', 'counting', { text: 'ember' });
      await whileBusy?.(job.id);
      await expect.poll(async () => (await system!.service.get('alice', job.id)).state, { timeout: 60_000, interval: 500 }).toBe('succeeded');
      return job.id;
    }

    // A job system and a worker process to start (up to 30 s each on a loaded machine), the busy step
    // (15 s), the rest.
    it('a worker process whose step holds its event loop keeps the job while another process supervises', { timeout: 150_000 }, async () => {
      const jobId = await runOnBusyWorkerProcess();
      expect(await interruptions(system!, jobId)).toBe(0);
      expect(countedRuns(countsDir, 'second')).toBe(1);
    });

    it('a worker held past stalledWorkerSeconds counts as stuck: its job lapses and is counted once', { timeout: 240_000 }, async () => {
      // The loop stays held until the supervising process has put the job back for a retry (or 120 s):
      // a fixed 20 s was not always enough for the lapsed heartbeat (10 s) to meet a supervision pass
      // under load. (pg-boss adds the retry to its count when the job is fetched again, after the release.)
      const releaseFile = join(countsDir, 'release');
      const jobId = await runOnBusyWorkerProcess({ KILN_STALLED_WORKER_SECONDS: '1', KILN_BUSY: 'second:120000', KILN_BUSY_RELEASE_FILE: releaseFile }, async (id) => {
        await expect.poll(async () => (await system!.queue.boss.getJobById(jobQueueName, id))?.state, { timeout: 100_000, interval: 500 }).toBe('retry');
        await writeFile(releaseFile, '');
      });
      // Counted when the queue hands the job out again, which may come a moment after the job's state.
      await expect.poll(() => interruptions(system!, jobId), { timeout: 30_000, interval: 500 }).toBe(1);
    });
  });
});
