/**
 * Folds one live progress event into the job the page shows, so that the page moves with the job
 * between the stream's first snapshot and its end without asking the server again.
 */
import type { Job, JobStep, ProgressEvent } from './api-types.ts';

export function applyProgressEvent(job: Job, event: ProgressEvent): Job {
  switch (event.type) {
    case 'job-start': {
      const known = new Set(job.steps.map((step) => step.name));
      const added = (event.steps ?? []).filter((name) => !known.has(name)).map(pendingStep);
      return { ...job, state: 'running', startedAt: job.startedAt ?? event.at, steps: [...job.steps, ...added] };
    }
    case 'step-start':
      // The stream may repeat an event already counted in its snapshot; a replayed start must not reset the step.
      if (isReplay(job, event.step, event.at)) return job;
      return withStep(job, event.step, (step) => ({
        ...step,
        state: 'running',
        startedAt: event.at,
        endedAt: null,
        attempts: event.attempt ?? step.attempts + 1,
        progress: 0,
        error: null,
      }));
    case 'step-progress':
      if (job.steps.some((step) => step.name === event.step && step.state === 'succeeded')) return job;
      return withStep(job, event.step, (step) => ({
        ...step,
        state: 'running',
        progress: clampFraction(event.fraction),
        message: event.message ?? step.message,
      }));
    case 'step-end':
      return withStep(job, event.step, (step) => ({
        ...step,
        state: 'succeeded',
        progress: 1,
        cached: event.cached,
        durationMs: event.durationMs,
        servedBy: event.servedBy ?? step.servedBy,
        passedOver: event.passedOver ?? [],
        endedAt: event.at,
      }));
    case 'job-end':
      return {
        ...job,
        state: 'succeeded',
        progress: 1,
        output: event.output ?? job.output,
        error: null,
        endedAt: event.at,
        updatedAt: event.at,
      };
    case 'job-error': {
      const error = { code: event.code, message: event.message, ...(event.step ? { step: event.step } : {}) };
      const failed: Job = {
        ...job,
        state: event.code === 'cancelled' ? 'cancelled' : 'failed',
        error,
        endedAt: event.at,
        updatedAt: event.at,
      };
      if (!event.step) return failed;
      return withStep(failed, event.step, (step) => ({
        ...step,
        state: 'failed',
        endedAt: event.at,
        error: { code: event.code, message: event.message },
      }));
    }
    default:
      // A newer server may send kinds this page does not know yet; showing the rest is better than failing.
      return job;
  }
}

function isReplay(job: Job, stepName: string, at: string): boolean {
  const step = job.steps.find((candidate) => candidate.name === stepName);
  return step?.startedAt != null && step.state !== 'pending' && Date.parse(step.startedAt) >= Date.parse(at);
}

function withStep(job: Job, name: string, change: (step: JobStep) => JobStep): Job {
  const exists = job.steps.some((step) => step.name === name);
  const steps = (exists ? job.steps : [...job.steps, pendingStep(name)]).map((step) =>
    step.name === name ? change(step) : step,
  );
  return { ...job, state: job.state === 'queued' ? 'running' : job.state, steps, progress: overallProgress(job, steps) };
}

/** The job's progress as the mean of its steps', never going backwards while it runs. */
function overallProgress(job: Job, steps: JobStep[]): number {
  if (steps.length === 0) return job.progress;
  const mean = steps.reduce((sum, step) => sum + step.progress, 0) / steps.length;
  return Math.max(job.progress, mean);
}

function pendingStep(name: string): JobStep {
  return {
    name,
    stepId: name,
    state: 'pending',
    attempts: 0,
    cached: false,
    startedAt: null,
    endedAt: null,
    durationMs: null,
    servedBy: [],
    passedOver: [],
    progress: 0,
    message: null,
    error: null,
  };
}

function clampFraction(fraction: number): number {
  return Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
}
