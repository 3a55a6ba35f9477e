import { describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../engine/progress-event.ts';
import type { JobRecord, JobService } from '../runtime/contracts.ts';
import { measureJobs, summarizeDurations, timingOf } from './measure-jobs.ts';

const job = (id: string, times: Partial<JobRecord>): JobRecord => ({
  id,
  ownerId: 'alice',
  pipeline: 'counting',
  state: 'succeeded',
  progress: 1,
  input: {},
  output: null,
  error: null,
  steps: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  endedAt: null,
  ...times,
});

describe('summarizeDurations', () => {
  it('gives nearest-rank percentiles, mean and extremes', () => {
    const values = Array.from({ length: 20 }, (_, index) => 20 - index); // 20..1, unsorted on purpose
    expect(summarizeDurations(values)).toEqual({ count: 20, min: 1, mean: 10.5, p50: 10, p95: 19, max: 20 });
    expect(summarizeDurations([7])).toEqual({ count: 1, min: 7, mean: 7, p50: 7, p95: 7, max: 7 });
    expect(summarizeDurations([]).count).toBe(0);
  });
});

describe('measureJobs', () => {
  it('reads queue and run times from the finished job records', async () => {
    const records = new Map<string, JobRecord>();
    const listeners = new Map<string, (event: ProgressEvent) => void>();
    let created = 0;
    const service: Pick<JobService, 'create' | 'get' | 'subscribe'> = {
      async create() {
        const id = `job-${++created}`;
        records.set(id, job(id, { state: 'queued' }));
        // The job ends a moment later, as a worker would end it.
        setTimeout(() => {
          records.set(id, job(id, { startedAt: '2026-01-01T00:00:00.250Z', endedAt: '2026-01-01T00:00:02.250Z' }));
          listeners.get(id)?.({ type: 'job-end', jobId: id, at: '2026-01-01T00:00:02.250Z', output: null });
        });
        return records.get(id)!;
      },
      async get(_owner, id) {
        return records.get(id)!;
      },
      async subscribe(id, listener) {
        listeners.set(id, listener);
        return async () => void listeners.delete(id);
      },
    };
    const result = await measureJobs({ service: service as JobService, ownerId: 'alice', pipelineId: 'counting', inputs: [{}, {}] });
    expect(result.jobs.map((timing) => [timing.jobId, timing.queuedMs, timing.runMs])).toEqual([['job-1', 250, 2000], ['job-2', 250, 2000]]);
    expect(result.total).toMatchObject({ count: 2, min: 2250, max: 2250 });
    expect(timingOf(job('x', {}))).toEqual({ jobId: 'x', state: 'succeeded', queuedMs: null, runMs: null, totalMs: null });
  });
});
