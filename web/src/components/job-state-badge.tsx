import type { JobState, StepState } from '../api/api-types.ts';

const labels: Record<JobState | StepState, string> = {
  queued: 'Queued',
  pending: 'Waiting',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  cancelled: 'Cancelled',
  skipped: 'Skipped',
};

/** The state in words, coloured as a hint only: the text carries the meaning. */
export function JobStateBadge({ state }: { state: JobState | StepState }) {
  return <span className={`badge badge--${state}`}>{labels[state] ?? state}</span>;
}

export function stateTone(state: JobState | StepState): 'active' | 'done' | 'failed' | 'idle' {
  if (state === 'succeeded') return 'done';
  if (state === 'failed') return 'failed';
  if (state === 'running') return 'active';
  return 'idle';
}
