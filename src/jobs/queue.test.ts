import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../store/database.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { createJobQueue, givenUpQueueName, jobQueueName, type JobQueue } from './queue.ts';

describe('createJobQueue on PGlite', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let database: Database;
  let queue: JobQueue;
  const errors: Error[] = [];

  beforeAll(async () => {
    folder = await temporaryDataDir();
    database = await openDatabase({ dataDir: folder.dataDir });
    queue = await createJobQueue({ database, onError: (error) => errors.push(error) });
  });
  afterAll(async () => {
    await queue.stop();
    await database.close();
    await folder.remove();
  });

  it('creates both queues with a dead-letter queue, and no heartbeat on PGlite', async () => {
    const jobs = await queue.boss.getQueue(jobQueueName);
    expect(jobs).toMatchObject({ heartbeatSeconds: null, retryLimit: 5, deadLetter: givenUpQueueName, notify: true });
    expect(await queue.boss.getQueue(givenUpQueueName)).not.toBeNull();
  });

  it('sends { jobId } under the job id, once however often it is sent', async () => {
    const jobId = crypto.randomUUID();
    await queue.send(jobId, 'alice');
    await queue.send(jobId, 'alice');
    const message = await queue.boss.getJobById(jobQueueName, jobId);
    expect(message).toMatchObject({ id: jobId, data: { jobId }, state: 'created' });
    expect(await queue.boss.findJobs(jobQueueName, { data: { jobId } })).toHaveLength(1);
    await queue.cancel(jobId);
    expect((await queue.boss.getJobById(jobQueueName, jobId))?.state).toBe('cancelled');
  });

  it('never fails a running PGlite job by heartbeat: its worker is this process, however long its event loop was held', async () => {
    const jobId = crypto.randomUUID();
    await queue.send(jobId, 'alice');
    // A job with a heartbeat of its own, as a witness that a supervision pass has run.
    const witnessId = await queue.boss.send(jobQueueName, { jobId: 'witness' }, { heartbeatSeconds: 10 });
    const claimed = await queue.boss.fetch(jobQueueName, { batchSize: 2 });
    expect(claimed.map((job) => job.id).sort()).toEqual([jobId, witnessId].sort());
    // What a worker whose event loop was held for ten minutes leaves behind.
    await database.query(`UPDATE pgboss.job SET heartbeat_on = now() - interval '10 minutes' WHERE id = ANY($1::uuid[])`, [[jobId, witnessId]]);
    await expect
      .poll(async () => (await queue.boss.getJobById(jobQueueName, witnessId!))?.state, { timeout: 15_000, interval: 250 })
      .toBe('retry');
    expect((await queue.boss.getJobById(jobQueueName, jobId))?.state).toBe('active');
    expect(errors).toEqual([]);
  });

  it('applies changed timings to the existing queue on the next start', async () => {
    const again = await createJobQueue({ database, jobTimeoutSeconds: 3600, maxInterruptions: 2, recover: false });
    try {
      expect(await again.boss.getQueue(jobQueueName)).toMatchObject({ expireInSeconds: 3600, retryLimit: 2 });
    } finally {
      await again.stop();
    }
  });
});
