import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import { startTemporaryPostgres, type TemporaryPostgres } from '../store/testing/temporary-postgres.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { countedRuns, createCountingPipeline } from './testing/counting-pipeline.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

const workerScript = fileURLToPath(new URL('./testing/worker-process.ts', import.meta.url));

/** Starts a worker process; resolves with it and the job id it reports, once it is working. */
async function startWorkerProcess(environment: Record<string, string>): Promise<{ child: ChildProcess; jobId?: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let jobId: string | undefined;
  for await (const line of createInterface({ input: child.stdout! })) {
    if (!line.startsWith('{')) continue;
    const message = JSON.parse(line) as { jobId?: string; working?: boolean };
    jobId ??= message.jobId;
    if (message.working) return { child, jobId };
  }
  throw new Error(`The worker process ended before it started working (exit code ${child.exitCode}).`);
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('a worker process killed mid-job', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let countsDir: string;
  let system: JobSystem | undefined;
  let child: ChildProcess | undefined;

  beforeEach(async () => {
    folder = await temporaryDataDir();
    countsDir = await mkdtemp(join(tmpdir(), 'kiln-counts-'));
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) await killHard(child);
    await system?.close();
    system = undefined;
    await folder.remove();
    await rm(countsDir, { recursive: true, force: true });
  });

  // Starting a worker process (tsx, PGlite, pg-boss) and then opening PGlite again here take up to 30 s
  // each on a loaded 2-core machine.
  it('on PGlite: the restarted process finishes the job without redoing finished steps', async () => {
    const started = await startWorkerProcess({ KILN_DATA_DIR: folder.dataDir, KILN_COUNTS_DIR: countsDir, KILN_HOLD: 'second', KILN_CREATE_JOB: 'ore' });
    child = started.child;
    await expect.poll(() => countedRuns(countsDir, 'second'), { timeout: 20_000 }).toBe(1);
    await killHard(child);

    // The restart: nothing else can hold the job, so it is put back at once, not after a heartbeat.
    const counting = createCountingPipeline({ countsDir });
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [counting.pipeline] });
    await system.worker([counting.pipeline]).start();
    await expect.poll(async () => (await system!.service.get('alice', started.jobId!)).state, { timeout: 20_000 }).toBe('succeeded');
    expect(countsDirRuns(countsDir)).toEqual({ first: 1, second: 2, third: 1 });
    const done = await system.service.get('alice', started.jobId!);
    expect(done.output).toEqual({ text: 'ore>first>second>third' });
    expect(done.steps[0].cached).toBe(true);
  });

  describe.skipIf(toolMissing('postgres'))('on Postgres', () => {
    let postgres: TemporaryPostgres;
    beforeEach(async () => {
      postgres = await startTemporaryPostgres();
    });
    afterEach(async () => {
      // Before the server goes, or the connections it drops report errors.
      if (child && child.exitCode === null && child.signalCode === null) await killHard(child);
      await system?.close();
      system = undefined;
      await postgres?.stop();
    });

    // A worker process and a job system to start (up to 30 s each when the machine is loaded), then the
    // heartbeat hand-over below.
    it('another worker takes the job over once its heartbeat stops', { timeout: 150_000 }, async () => {
      const databaseUrl = await postgres.createDatabase();
      const counting = createCountingPipeline({ countsDir });
      system = await openJobSystem({ dataDir: folder.dataDir, databaseUrl, pipelines: [counting.pipeline] });
      const started = await startWorkerProcess({ KILN_DATA_DIR: folder.dataDir, KILN_DATABASE_URL: databaseUrl, KILN_COUNTS_DIR: countsDir, KILN_HOLD: 'second' });
      child = started.child;
      const job = await system.service.create('alice', 'counting', { text: 'ore' });
      await expect.poll(() => countedRuns(countsDir, 'second'), { timeout: 20_000 }).toBe(1);
      await killHard(child);

      await system.worker([counting.pipeline]).start();
      // heartbeatSeconds (10) + one supervision pass (2) + a poll, with room for a slow machine.
      await expect.poll(async () => (await system!.service.get('alice', job.id)).state, { timeout: 40_000, interval: 500 }).toBe('succeeded');
      expect(countsDirRuns(countsDir)).toEqual({ first: 1, second: 2, third: 1 });
    });
  });
});

function countsDirRuns(countsDir: string) {
  return { first: countedRuns(countsDir, 'first'), second: countedRuns(countsDir, 'second'), third: countedRuns(countsDir, 'third') };
}
