// Scale-out on a real PostgreSQL: `kiln serve --no-worker` plus two `kiln worker` processes share one
// queue. One worker is killed with SIGKILL in the middle of a job; the other finishes it, no finished
// step runs twice and every asset the job wrote is still there. The processes share no folder: each
// has its own data folder, and assets live in an S3-compatible store (s3rver, a local stand-in for
// MinIO or S3) that the server reads back from.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../src/runtime/testing/tool-missing.ts';
import { startKilnProcess } from '../src/cli/testing/start-kiln-process.ts';
import { startTemporaryPostgres, type TemporaryPostgres } from '../src/store/testing/temporary-postgres.ts';
import { temporaryDataDir } from '../src/store/testing/temporary-data-dir.ts';
import { startLocalS3, type LocalS3 } from '../src/store/testing/start-local-s3.ts';

type Kiln = Awaited<ReturnType<typeof startKilnProcess>>;
interface Job {
  id: string;
  state: string;
  steps: Array<{ name: string; state: string; attempts: number; cached: boolean }>;
  output: unknown;
}

describe.skipIf(toolMissing('postgres'))('scale-out on PostgreSQL with two workers and S3 assets (s3rver as a stand-in)', () => {
  let postgres: TemporaryPostgres;
  let s3: LocalS3;
  let shared: Awaited<ReturnType<typeof temporaryDataDir>>;
  let configFile: string;
  const folders: Array<Awaited<ReturnType<typeof temporaryDataDir>>> = [];
  const processes: Kiln[] = [];

  beforeAll(async () => {
    [postgres, s3, shared] = await Promise.all([startTemporaryPostgres(), startLocalS3(), temporaryDataDir()]);
    // One config for every process, as machines given the same file would have.
    configFile = join(shared.dataDir, 'kiln.config.json');
    await writeFile(configFile, JSON.stringify({ assets: s3.settings }));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(processes.map((kiln) => kiln.stop('SIGKILL')));
    await postgres?.stop();
    await s3?.stop();
    await Promise.all([shared, ...folders].map((folder) => folder?.remove()));
  });

  async function start(command: 'serve' | 'worker', databaseUrl: string, args: string[] = []) {
    // A data folder of its own for each process: nothing on disk is shared.
    const data = await temporaryDataDir();
    folders.push(data);
    const kiln = await startKilnProcess({
      command,
      dataDir: data.dataDir,
      args: command === 'serve' ? ['--no-worker', ...args] : args,
      env: { DATABASE_URL: databaseUrl, KILN_CONFIG: configFile, ...s3.env },
    });
    processes.push(kiln);
    return kiln;
  }

  async function getJob(server: Kiln, id: string): Promise<Job> {
    const response = await fetch(`${server.url}/api/jobs/${id}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Job;
  }

  async function waitFor(server: Kiln, id: string, until: (job: Job) => boolean, timeoutMs: number): Promise<Job> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await getJob(server, id);
      if (until(job)) return job;
      if (Date.now() > deadline) throw new Error(`Timed out; the job is ${JSON.stringify(job)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('finishes a job on the surviving worker after the first is killed mid-job', async () => {
    const databaseUrl = await postgres.createDatabase('kiln_scale_out');
    const server = await start('serve', databaseUrl);
    const first = await start('worker', databaseUrl);

    const created = await fetch(`${server.url}/api/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pipeline: 'diagnostic', input: { steps: 5, delayMs: 2000, label: 'scale-out' } }),
    });
    expect(created.status).toBe(202);
    const { id } = (await created.json()) as Job;

    // Wait until the first worker has finished a step and is inside the second, then freeze it: a
    // diagnostic job lasts at most 10 s, and starting the second worker can take longer than that on a
    // busy machine. Once the second worker is up, kill the first.
    await waitFor(server, id, (job) => job.steps.find((step) => step.name === 'wait-2')?.state === 'running', 30_000);
    first.process.kill('SIGSTOP');
    // Its own /metrics (a worker has no API): the steps it ran are counted there and nowhere else.
    const second = await start('worker', databaseUrl, ['--metrics-port', '0']);
    await first.stop('SIGKILL');
    expect(first.process.signalCode).toBe('SIGKILL');
    const atKill = await getJob(server, id);
    // The kill must land mid-job, or the test would prove nothing about resuming.
    expect(atKill.state, JSON.stringify(atKill.steps)).toBe('running');
    const finishedBeforeKill = atKill.steps.filter((step) => step.state === 'succeeded').map((step) => step.name);

    const finished = await waitFor(server, id, (job) => ['succeeded', 'failed', 'cancelled'].includes(job.state), 90_000);
    expect(finished.state).toBe('succeeded');
    expect(finished.output).toEqual({ label: 'scale-out', steps: 5 });
    const byName = Object.fromEntries(finished.steps.map((step) => [step.name, step]));
    // The steps that finished before the kill were reused from the step cache, not run again.
    expect(finishedBeforeKill).toContain('wait-1');
    for (const name of finishedBeforeKill) expect(byName[name].cached, `${name} should come from the cache`).toBe(true);
    expect(byName['wait-5'].cached).toBe(false);

    // One receipt asset per wait step: none lost, none written twice.
    const assetsResponse = await fetch(`${server.url}/api/assets?jobId=${id}`);
    const { assets } = (await assetsResponse.json()) as { assets: Array<{ id: string; name: string }> };
    expect(assets.map((asset) => asset.name).sort()).toEqual([1, 2, 3, 4, 5].map((index) => `wait-${index}.json`));
    for (const asset of assets) {
      const content = await fetch(`${server.url}/api/assets/${asset.id}/content`);
      expect(content.status).toBe(200);
      expect(JSON.parse(await content.text())).toMatchObject({ label: 'scale-out' });
    }
    // Each step is counted once, by the worker that ran it (cached or not); the server ran none, so
    // summing kiln_steps_total over both gives the job's steps exactly.
    const scrape = async (url: string) => (await fetch(url)).text();
    // The job row is written a moment before the worker's own listeners hear its end.
    await expect.poll(() => scrape(second.url)).toContain('kiln_jobs_finished_total{outcome="succeeded"} 1');
    const [onServer, onWorker] = await Promise.all([scrape(`${server.url}/metrics`), scrape(second.url)]);
    const stepSamples = (text: string) => [...text.matchAll(/^kiln_steps_total\{step="([^"]+)",cached="(\w+)"\} (\S+)$/gm)].map(([, step, cached, count]) => `${step} ${cached} ${count}`);
    expect(stepSamples(onServer)).toEqual([]);
    expect(stepSamples(onWorker).sort()).toEqual(finished.steps.map((step) => `${step.name} ${step.cached} 1`).sort());
    expect(onWorker).toContain('kiln_jobs_finished_total{outcome="succeeded"} 1');
    expect(onServer).not.toContain('kiln_jobs_finished_total{');
    // Queue-wide state is the server's to report, read from the shared database.
    expect(onServer).toMatch(/^kiln_jobs\{pipeline="diagnostic",state="running"\} 0$/m);
    expect(onWorker).not.toContain('kiln_jobs{');
    expect(second.process.exitCode).toBeNull();
    // The bytes came from the object store: no process keeps asset files in its own folder.
    for (const folder of folders) expect(await readdir(folder.dataDir)).not.toContain('assets');
  }, 150_000);
});
