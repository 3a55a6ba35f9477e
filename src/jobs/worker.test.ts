import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { jobQueueName } from './queue.ts';
import { recoverAbandonedJobs } from './recover-abandoned-jobs.ts';
import { createCountingPipeline } from './testing/counting-pipeline.ts';
import { openJobSystem, type JobSystem } from './testing/open-job-system.ts';

// Each test opens its own PGlite and pg-boss, which takes up to 20 s on a loaded 2-core machine.
const ownsDatabase = { timeout: 60_000 };
// A hand-over normally takes a second (the failed run's retry delay, then a poll), but when the stopped
// run's failure is not recorded first it waits out pg-boss's heartbeat (10 s) and a supervision pass
// (2 s): 10–13 s on a loaded machine, so the waits allow 30 s and the test 90 s.
const handOver = { timeout: 30_000 };

describe('worker stop and resume on PGlite', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let system: JobSystem;

  beforeEach(async () => {
    folder = await temporaryDataDir();
  });
  afterEach(async () => {
    await system?.close();
    await folder.remove();
  });

  it('hands a job stopped mid-way to the next worker, which redoes only the unfinished steps', async () => {
    const counting = createCountingPipeline({ hold: ['second'] });
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [counting.pipeline] });
    const first = system.worker([counting.pipeline]);
    await first.start();
    const job = await system.service.create('alice', 'counting', { text: 'tide' });
    await counting.started('second');

    await first.stop();
    expect(counting.aborted.has('second')).toBe(true);
    const paused = await system.service.get('alice', job.id);
    expect(paused.state).toBe('queued');
    expect(paused.steps.map((step) => step.state)).toEqual(['succeeded', 'pending', 'pending']);

    counting.release('second');
    await system.worker([counting.pipeline]).start();
    await expect.poll(async () => (await system.service.get('alice', job.id)).state, handOver).toBe('succeeded');
    const done = await system.service.get('alice', job.id);
    expect(done.output).toEqual({ text: 'tide>first>second>third' });
    // `first` came from the step cache; `second` ran again from its start.
    expect(counting.runs).toEqual({ first: 1, second: 2, third: 1 });
    expect(done.steps.map((step) => [step.name, step.cached, step.attempts])).toEqual([
      ['first', true, 1],
      ['second', false, 2],
      ['third', false, 1],
    ]);
  });

  it('gives a job up, as failed, once it was interrupted more often than allowed', async () => {
    const counting = createCountingPipeline({ hold: ['first'] });
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [counting.pipeline], timings: { maxInterruptions: 0 } });
    const first = system.worker([counting.pipeline]);
    await first.start();
    const job = await system.service.create('alice', 'counting', { text: 'ash' });
    await counting.started('first');
    await first.stop();
    counting.release('first');

    await system.worker([counting.pipeline]).start();
    await expect.poll(async () => (await system.service.get('alice', job.id)).state, handOver).toBe('failed');
    const failed = await system.service.get('alice', job.id);
    expect(failed.error).toMatchObject({ code: 'internal', message: expect.stringMatching(/interrupted 1 times .* given up/) });
    expect(counting.runs.first).toBe(1);
  });

  it('on start, puts back at once a job the previous process left active', ownsDatabase, async () => {
    const counting = createCountingPipeline();
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [counting.pipeline] });
    const job = await system.service.create('alice', 'counting', { text: 'ember' });
    // What a killed process leaves: pg-boss holds the job as active, the row says running.
    const [claimed] = await system.queue.boss.fetch(jobQueueName);
    expect(claimed.id).toBe(job.id);
    await system.database.query(`UPDATE jobs SET state = 'running' WHERE id = $1`, [job.id]);
    await system.database.query(`UPDATE job_steps SET state = 'running' WHERE job_id = $1 AND name = 'first'`, [job.id]);

    expect(await recoverAbandonedJobs({ database: system.database, queue: system.queue })).toEqual({ requeued: [job.id], resent: [] });
    expect((await system.queue.boss.getJobById(jobQueueName, job.id))?.state).toBe('retry');
    const recovered = await system.service.get('alice', job.id);
    expect(recovered.state).toBe('queued');
    expect(recovered.steps[0].state).toBe('pending');
  });

  it('on start, queues a job that was recorded but never reached the queue', ownsDatabase, async () => {
    const counting = createCountingPipeline();
    system = await openJobSystem({ dataDir: folder.dataDir, pipelines: [counting.pipeline] });
    const job = await system.service.create('alice', 'counting', { text: 'coal' });
    await system.queue.boss.deleteJob(jobQueueName, job.id);
    expect(await recoverAbandonedJobs({ database: system.database, queue: system.queue })).toEqual({ requeued: [], resent: [job.id] });
    await system.worker([counting.pipeline]).start();
    await expect.poll(async () => (await system.service.get('alice', job.id)).state, { timeout: 20_000 }).toBe('succeeded');
  });
});
