import { describe, expect, it } from 'vitest';
import { applyProgressEvent } from './apply-progress-event.ts';
import type { Job, ProgressEvent } from './api-types.ts';

const queuedJob: Job = {
  id: 'job-1',
  pipeline: 'diagnostic',
  state: 'queued',
  progress: 0,
  input: {},
  output: null,
  error: null,
  steps: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  startedAt: null,
  endedAt: null,
};

function replay(events: ProgressEvent[], job: Job = queuedJob): Job {
  return events.reduce(applyProgressEvent, job);
}

const at = '2025-01-01T00:00:01.000Z';

describe('applyProgressEvent', () => {
  it('follows a job from start to end, step by step', () => {
    const started = replay([{ type: 'job-start', jobId: 'job-1', at, steps: ['first', 'second'] }]);
    expect(started.state).toBe('running');
    expect(started.steps.map((step) => [step.name, step.state])).toEqual([
      ['first', 'pending'],
      ['second', 'pending'],
    ]);

    const halfway = replay(
      [
        { type: 'step-start', jobId: 'job-1', at, step: 'first', attempt: 1 },
        { type: 'step-progress', jobId: 'job-1', at, step: 'first', fraction: 0.5, message: 'warming up' },
      ],
      started,
    );
    expect(halfway.steps[0]).toMatchObject({ state: 'running', progress: 0.5, message: 'warming up', attempts: 1 });
    expect(halfway.progress).toBe(0.25);

    const finished = replay(
      [
        { type: 'step-end', jobId: 'job-1', at, step: 'first', cached: true, durationMs: 12, servedBy: ['builtin:echo'], assetIds: [] },
        { type: 'step-start', jobId: 'job-1', at, step: 'second', attempt: 1 },
        { type: 'step-end', jobId: 'job-1', at, step: 'second', cached: false, durationMs: 300, servedBy: [], assetIds: [] },
        { type: 'job-end', jobId: 'job-1', at, output: { ok: true } },
      ],
      halfway,
    );
    expect(finished).toMatchObject({ state: 'succeeded', progress: 1, output: { ok: true }, endedAt: at });
    expect(finished.steps[0]).toMatchObject({ state: 'succeeded', cached: true, durationMs: 12, servedBy: ['builtin:echo'] });
  });

  it('adds a step it has not heard of instead of dropping its progress', () => {
    const job = replay([{ type: 'step-progress', jobId: 'job-1', at, step: 'surprise', fraction: 2 }]);
    expect(job.state).toBe('running');
    expect(job.steps).toHaveLength(1);
    expect(job.steps[0]).toMatchObject({ name: 'surprise', progress: 1 });
  });

  it('marks the job and the failing step on job-error, and tells cancellation apart', () => {
    const failed = replay([
      { type: 'step-start', jobId: 'job-1', at, step: 'render', attempt: 1 },
      { type: 'job-error', jobId: 'job-1', at, code: 'media_failed', message: 'ffmpeg stopped', step: 'render' },
    ]);
    expect(failed.state).toBe('failed');
    expect(failed.error).toEqual({ code: 'media_failed', message: 'ffmpeg stopped', step: 'render' });
    expect(failed.steps[0]).toMatchObject({ state: 'failed', error: { code: 'media_failed', message: 'ffmpeg stopped' } });

    const cancelled = replay([{ type: 'job-error', jobId: 'job-1', at, code: 'cancelled', message: 'The job was cancelled.' }]);
    expect(cancelled.state).toBe('cancelled');
  });

  it('ignores a repeated start or a late progress tick of a step the snapshot already shows further on', () => {
    const snapshot: Job = {
      ...queuedJob,
      state: 'running',
      progress: 0.5,
      steps: [
        { name: 'first', stepId: 'first', state: 'succeeded', attempts: 1, cached: false, startedAt: at, endedAt: at, durationMs: 5, servedBy: [], passedOver: [], progress: 1, message: null, error: null },
        { name: 'second', stepId: 'second', state: 'running', attempts: 1, cached: false, startedAt: at, endedAt: null, durationMs: null, servedBy: [], passedOver: [], progress: 0.4, message: null, error: null },
      ],
    };
    const after = replay(
      [
        { type: 'step-start', jobId: 'job-1', at, step: 'second', attempt: 1 },
        { type: 'step-progress', jobId: 'job-1', at, step: 'first', fraction: 0.5 },
      ],
      snapshot,
    );
    expect(after.steps.map((step) => [step.state, step.progress])).toEqual([
      ['succeeded', 1],
      ['running', 0.4],
    ]);
  });
});
