import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toolMissing } from '../runtime/testing/tool-missing.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { startTemporaryPostgres, type TemporaryPostgres } from '../store/testing/temporary-postgres.ts';
import { createCountingPipeline } from './testing/counting-pipeline.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

// Each "system" has its own connections, queue and event bus, as separate machines would.
describe.skipIf(toolMissing('postgres'))('jobs on a real Postgres, server and workers apart', () => {
  let postgres: TemporaryPostgres;
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  const systems: JobSystem[] = [];
  const counting = createCountingPipeline({ hold: ['second'] });

  const open = async (databaseUrl: string) => {
    const system = await openJobSystem({ dataDir: folder.dataDir, databaseUrl, pipelines: [counting.pipeline] });
    systems.push(system);
    return system;
  };

  beforeAll(async () => {
    postgres = await startTemporaryPostgres();
    folder = await temporaryDataDir();
  });
  afterAll(async () => {
    await Promise.all(systems.map((system) => system.close()));
    await postgres?.stop();
    await folder?.remove();
  });

  // Each test opens two or three job systems on a fresh database (pg-boss installs its schema in each): up
  // to 30 s on a loaded 2-core machine, so the tests allow 90 s and their waits 10 s.
  it('runs a job on a worker machine while the server hears its events through LISTEN/NOTIFY', async () => {
    const databaseUrl = await postgres.createDatabase();
    const [server, workerMachine] = [await open(databaseUrl), await open(databaseUrl)];
    const job = await server.service.create('alice', 'counting', { text: 'wave' });
    expect(job.state).toBe('queued');
    const heard: ProgressEvent[] = [];
    await server.service.subscribe(job.id, (event) => heard.push(event));

    await workerMachine.worker([counting.pipeline]).start();
    await counting.started('second');
    await expect.poll(() => heard.map((event) => event.type), { timeout: 10_000 }).toContain('step-start');
    expect((await server.service.get('alice', job.id)).state).toBe('running');
    counting.release('second');

    await expect.poll(() => heard.at(-1)?.type, { timeout: 10_000 }).toBe('job-end');
    expect(heard.filter((event) => event.type !== 'step-progress').map((event) => event.type)).toEqual([
      'job-start', 'step-start', 'step-end', 'step-start', 'step-end', 'step-start', 'step-end', 'job-end',
    ]);
    expect(heard.at(-1)).toMatchObject({ type: 'job-end', output: { text: 'wave>first>second>third' } });
    const done = await server.service.get('alice', job.id);
    expect(done.state).toBe('succeeded');
    expect(done.steps.every((step) => step.state === 'succeeded')).toBe(true);
  });

  it('cancels, from the server, a job running on a worker machine', async () => {
    const held = createCountingPipeline({ hold: ['second'] });
    const databaseUrl = await postgres.createDatabase();
    const [server, workerMachine] = [await open(databaseUrl), await open(databaseUrl)];
    await workerMachine.worker([held.pipeline]).start();
    const job = await server.service.create('bob', 'counting', { text: 'gale' });
    await held.started('second');
    // The worker records the step's start asynchronously; cancel once the server sees it.
    await expect.poll(async () => (await server.service.get('bob', job.id)).steps[1].state, { timeout: 10_000 }).toBe('running');
    expect((await server.service.cancel('bob', job.id)).state).toBe('cancelled');
    await expect.poll(() => held.aborted.has('second'), { timeout: 10_000 }).toBe(true);
    expect((await server.service.get('bob', job.id)).steps.map((step) => step.state)).toEqual(['succeeded', 'failed', 'skipped']);
    expect(held.runs.third).toBe(0);
  });

  it('moves a job from a stopped worker machine to another without redoing finished steps', async () => {
    const held = createCountingPipeline({ hold: ['second'] });
    const databaseUrl = await postgres.createDatabase();
    const [server, firstMachine, secondMachine] = [await open(databaseUrl), await open(databaseUrl), await open(databaseUrl)];
    const firstWorker = firstMachine.worker([held.pipeline]);
    await firstWorker.start();
    const job = await server.service.create('carol', 'counting', { text: 'dune' });
    await held.started('second');
    await firstWorker.stop();
    held.release('second');

    await secondMachine.worker([held.pipeline]).start();
    // Usually a second; when the stopped run's failure is not recorded first, the hand-over waits out the
    // heartbeat (10 s) and a supervision pass (2 s).
    await expect.poll(async () => (await server.service.get('carol', job.id)).state, { timeout: 30_000 }).toBe('succeeded');
    expect(held.runs).toEqual({ first: 1, second: 2, third: 1 });
    expect((await server.service.get('carol', job.id)).steps.map((step) => step.cached)).toEqual([true, false, false]);
  });
});
