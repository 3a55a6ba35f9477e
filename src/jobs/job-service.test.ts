import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError, ConflictError, NotFoundError } from '../engine/errors/index.ts';
import type { ProgressEvent } from '../engine/progress-event.ts';
import type { Worker } from '../runtime/contracts.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { createJobService } from './job-service.ts';
import { createPipelineCatalog } from './pipeline-catalog.ts';
import { jobQueueName } from './queue.ts';
import { createCountingPipeline } from './testing/counting-pipeline.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

// A job moves between states through the queue's poll and NOTIFY; on a loaded 2-core machine that
// takes seconds, not the one second expect.poll waits by default.
const patience = { timeout: 10_000 };

describe('job service and worker on PGlite', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let system: JobSystem;
  let firstWorker: Worker;
  const counting = createCountingPipeline({ hold: ['first'] });

  beforeAll(async () => {
    folder = await temporaryDataDir();
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [counting.pipeline] });
  });
  afterAll(async () => {
    await system?.close();
    await folder?.remove();
  });

  const jobRows = async () => (await system.database.query<{ count: number }>('SELECT count(*)::int AS count FROM jobs'))[0].count;

  it('takes a job from queued through running to succeeded, with step records and live events', async () => {
    const created = await system.service.create('alice', 'counting', { text: 'moon' });
    expect(created).toMatchObject({ ownerId: 'alice', pipeline: 'counting', state: 'queued', progress: 0, input: { text: 'moon', repeat: 1 } });
    expect(created.steps.map((step) => [step.name, step.stepId, step.state])).toEqual([
      ['first', 'counting.first', 'pending'],
      ['second', 'counting.second', 'pending'],
      ['third', 'counting.third', 'pending'],
    ]);
    expect(await system.service.queueDepth()).toBe(1);

    const heard: ProgressEvent[] = [];
    await system.service.subscribe(created.id, (event) => heard.push(event));
    firstWorker = system.worker([counting.pipeline]);
    await firstWorker.start();
    await counting.started('first');
    await expect.poll(async () => (await system.service.get('alice', created.id)).state, patience).toBe('running');
    expect(await system.service.queueDepth()).toBe(0);
    counting.release('first');

    await expect.poll(() => heard.at(-1)?.type, patience).toBe('job-end');
    const done = await system.service.get('alice', created.id);
    expect(done).toMatchObject({ state: 'succeeded', progress: 1, output: { text: 'moon>first>second>third' }, error: null });
    expect(done.startedAt).not.toBeNull();
    expect(done.endedAt).not.toBeNull();
    for (const step of done.steps) {
      expect(step).toMatchObject({ state: 'succeeded', attempts: 1, cached: false, progress: 1, error: null, servedBy: ['builtin:counting'] });
      expect(step.durationMs).toBeGreaterThanOrEqual(0);
      expect(step.startedAt).not.toBeNull();
    }
    expect(heard.map((event) => event.type)).toEqual([
      'job-start',
      'step-start', 'step-progress', 'step-end',
      'step-start', 'step-progress', 'step-end',
      'step-start', 'step-progress', 'step-end',
      'job-end',
    ]);
    expect(counting.runs).toEqual({ first: 1, second: 1, third: 1 });
  });

  it('rejects input that does not fit the pipeline with a readable message and writes nothing', async () => {
    const before = await jobRows();
    const refused = system.service.create('alice', 'counting', { text: '', repeat: 9 });
    await expect(refused).rejects.toBeInstanceOf(BadInputError);
    await expect(refused).rejects.toThrow(/`counting` pipeline: text: .*; repeat: .*/);
    await expect(system.service.create('alice', 'no-such-pipeline', {})).rejects.toThrow(/no pipeline `no-such-pipeline`; choose one of: `counting`/);
    expect(await jobRows()).toBe(before);
  });

  it("answers NotFoundError for another user's job and leaves it out of their list", async () => {
    const job = await system.service.create('alice', 'counting', { text: 'mine' });
    await expect(system.service.get('mallory', job.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(system.service.cancel('mallory', job.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await system.service.list('mallory')).toEqual([]);
    await expect.poll(async () => (await system.service.get('alice', job.id)).state, patience).toBe('succeeded');
  });

  it('lists newest first, pages with `before` and filters by pipeline', async () => {
    const jobs = await system.service.list('alice');
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    const page = await system.service.list('alice', { limit: 1 });
    expect(page.map((job) => job.id)).toEqual([jobs[0].id]);
    const next = await system.service.list('alice', { limit: 1, before: page[0].id });
    expect(next.map((job) => job.id)).toEqual([jobs[1].id]);
    expect(await system.service.list('alice', { pipeline: 'other' })).toEqual([]);
  });

  it('cancels a running job: the step is aborted, later steps never run, cancelling again conflicts', async () => {
    const held = createCountingPipeline({ hold: ['second'] });
    const worker = system.worker([held.pipeline]);
    // Only this worker may take the next job, so the held pipeline is the one that runs it.
    await firstWorker.stop();
    await worker.start();
    const job = await system.service.create('bob', 'counting', { text: 'sun' });
    await held.started('second');
    await expect.poll(async () => (await system.service.get('bob', job.id)).steps[1].state, patience).toBe('running');
    const cancelled = await system.service.cancel('bob', job.id);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.error).toMatchObject({ code: 'cancelled' });
    await expect.poll(() => held.aborted.has('second'), patience).toBe(true);
    await expect.poll(async () => (await system.queue.boss.getJobById(jobQueueName, job.id))?.state, patience).toBe('completed');
    expect(held.runs).toEqual({ first: 1, second: 1, third: 0 });
    const after = await system.service.get('bob', job.id);
    expect(after.state).toBe('cancelled');
    expect(after.steps.map((step) => step.state)).toEqual(['succeeded', 'failed', 'skipped']);
    await expect(system.service.cancel('bob', job.id)).rejects.toBeInstanceOf(ConflictError);
    await worker.stop();
  });

  it('cancels a queued job at once and takes it out of the queue', async () => {
    // No worker is running now (the previous test stopped its own).
    const job = await system.service.create('bob', 'counting', { text: 'star' });
    // What create answers without reading back is exactly what the database holds; reads add the place in line.
    expect(await system.service.get('bob', job.id)).toEqual({ ...job, queuePosition: 1 });
    const cancelled = await system.service.cancel('bob', job.id);
    expect(cancelled.state).toBe('cancelled');
    expect(cancelled.steps.map((step) => step.state)).toEqual(['skipped', 'skipped', 'skipped']);
    expect((await system.queue.boss.getJobById(jobQueueName, job.id))?.state).toBe('cancelled');
    expect(await system.service.queueDepth()).toBe(0);
  });

  it('records a failing step on the job and on the step', async () => {
    const failing = createCountingPipeline({ fail: ['second'] });
    const worker = system.worker([failing.pipeline]);
    await worker.start();
    const job = await system.service.create('carol', 'counting', { text: 'rain' });
    await expect.poll(async () => (await system.service.get('carol', job.id)).state, patience).toBe('failed');
    const failed = await system.service.get('carol', job.id);
    expect(failed.error).toEqual({ code: 'media_failed', message: 'The second step could not read its input.', step: 'second' });
    expect(failed.steps.map((step) => step.state)).toEqual(['succeeded', 'failed', 'skipped']);
    expect(failed.steps[1].error).toEqual({ code: 'media_failed', message: 'The second step could not read its input.' });
    await worker.stop();
  });

  it('removes the job again when it cannot be queued', async () => {
    const before = await jobRows();
    const service = createJobService({
      database: system.database,
      events: system.events,
      pipelines: createPipelineCatalog([counting.pipeline]),
      queue: { send: async () => Promise.reject(new Error('queue is down')), cancel: async () => {}, positions: async () => new Map() },
    });
    await expect(service.create('alice', 'counting', { text: 'lost' })).rejects.toThrow(/could not be queued; nothing was saved/);
    expect(await jobRows()).toBe(before);
  });
});
