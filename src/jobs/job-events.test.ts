import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../engine/progress-event.ts';
import { openDatabase, type Database } from '../store/database.ts';
import { temporaryDataDir } from '../store/testing/temporary-data-dir.ts';
import { createJobEvents } from './job-events.ts';

const at = () => new Date().toISOString();

describe('createJobEvents', () => {
  let folder: Awaited<ReturnType<typeof temporaryDataDir>>;
  let database: Database;
  let jobs = 0;

  beforeAll(async () => {
    folder = await temporaryDataDir();
    database = await openDatabase({ dataDir: folder.dataDir });
  });
  afterAll(async () => {
    await database.close();
    await folder.remove();
  });

  async function runningJob(): Promise<string> {
    const jobId = `job-${++jobs}`;
    await database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ($1, 'alice', 'p', 'running', '{}')`, [jobId]);
    await database.query(`INSERT INTO job_steps (job_id, name, step_id, position, state) VALUES ($1, 'only', 'p.only', 0, 'running')`, [jobId]);
    return jobId;
  }
  const stepProgress = async (jobId: string) =>
    (await database.query<{ progress: number; message: string | null }>('SELECT progress, message FROM job_steps WHERE job_id = $1', [jobId]))[0];

  it('writes the first progress at once, then at most once per interval, always the newest value', async () => {
    const events = createJobEvents({ database, progressWriteIntervalMs: 60_000 });
    const jobId = await runningJob();
    const heard: ProgressEvent[] = [];
    await events.subscribe(jobId, (event) => heard.push(event));
    for (const fraction of [0.1, 0.2, 0.3]) {
      await events.publish({ type: 'step-progress', jobId, at: at(), step: 'only', fraction, message: `at ${fraction}` });
    }
    await events.flush(jobId);
    // Every event reaches subscribers here; the database only got the first (the rest wait a minute).
    expect(heard.map((event) => (event.type === 'step-progress' ? event.fraction : event.type))).toEqual([0.1, 0.2, 0.3]);
    expect(await stepProgress(jobId)).toEqual({ progress: 0.1, message: 'at 0.1' });
    // The step's end supersedes the progress still waiting.
    await events.publish({ type: 'step-end', jobId, at: at(), step: 'only', cached: false, durationMs: 5, servedBy: ['builtin:test'], assetIds: [] });
    expect(await stepProgress(jobId)).toEqual({ progress: 1, message: 'at 0.1' });
    const [step] = await database.query('SELECT state, cached, duration_ms, served_by FROM job_steps WHERE job_id = $1', [jobId]);
    expect(step).toEqual({ state: 'succeeded', cached: false, duration_ms: 5, served_by: ['builtin:test'] });
    expect((await database.query('SELECT progress FROM jobs WHERE id = $1', [jobId]))[0]).toEqual({ progress: 1 });
    await events.close();
  });

  it('hands events to another bus on the same database once, without echoing its own', async () => {
    const worker = createJobEvents({ database });
    const server = createJobEvents({ database });
    const jobId = await runningJob();
    const onServer: ProgressEvent[] = [];
    const onWorker: ProgressEvent[] = [];
    // Where each bus says an event came from: per-process metrics count only their own.
    const origins: string[] = [];
    await server.subscribe(jobId, (event) => onServer.push(event));
    await server.subscribeAll((event, origin) => origins.push(`server ${event.type} ${origin}`));
    await worker.subscribeAll((event, origin) => {
      onWorker.push(event);
      origins.push(`worker ${event.type} ${origin}`);
    });
    await worker.publish({ type: 'step-start', jobId, at: at(), step: 'only', attempt: 1 });
    await worker.publish({ type: 'job-end', jobId, at: at(), output: { big: 'x'.repeat(20_000) } });
    // NOTIFY between two buses can take seconds on a loaded machine, not expect.poll's default second.
    await expect.poll(() => onServer.map((event) => event.type), { timeout: 10_000 }).toEqual(['step-start', 'job-end']);
    // Too big for a NOTIFY, the job-end travelled as a pointer and was read back from the job row.
    expect(onServer[1]).toMatchObject({ type: 'job-end', output: { big: 'x'.repeat(20_000) } });
    expect(onWorker.map((event) => event.type)).toEqual(['step-start', 'job-end']);
    expect(origins.sort()).toEqual(['server job-end elsewhere', 'server step-start elsewhere', 'worker job-end here', 'worker step-start here']);
    await Promise.all([worker.close(), server.close()]);
  });

  it('does not pass on a job event that changes nothing, and says so', async () => {
    const events = createJobEvents({ database });
    const jobId = await runningJob();
    const heard: string[] = [];
    await events.subscribe(jobId, (event) => heard.push(event.type));
    expect(await events.publish({ type: 'job-error', jobId, at: at(), code: 'cancelled', message: 'The job was cancelled.' })).toBe(true);
    expect(await events.publish({ type: 'job-end', jobId, at: at(), output: 'too late' })).toBe(false);
    expect(await events.publish({ type: 'job-error', jobId, at: at(), code: 'cancelled', message: 'again' })).toBe(false);
    expect(heard).toEqual(['job-error']);
    const [row] = await database.query<{ state: string; output: unknown }>('SELECT state, output FROM jobs WHERE id = $1', [jobId]);
    expect(row).toEqual({ state: 'cancelled', output: null });
    await events.close();
  });

  it('keeps delivering to other subscribers when one throws', async () => {
    const errors: unknown[] = [];
    const events = createJobEvents({ database, onError: (error) => errors.push(error) });
    const jobId = await runningJob();
    const heard: string[] = [];
    await events.subscribeAll(() => {
      throw new Error('broken subscriber');
    });
    await events.subscribe(jobId, (event) => heard.push(event.type));
    await events.publish({ type: 'step-start', jobId, at: at(), step: 'only', attempt: 1 });
    await events.publish({ type: 'job-end', jobId, at: at(), output: null });
    expect(heard).toEqual(['step-start', 'job-end']);
    expect(errors).toHaveLength(2);
    await events.close();
  });
});
