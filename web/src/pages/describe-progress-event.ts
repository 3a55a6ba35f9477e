import type { ProgressEvent } from '../api/api-types.ts';
import { describeStep } from '../components/describe-step.ts';
import { formatDuration } from '../components/format-time.ts';

/**
 * A sentence for screen readers about one event. Step progress ticks get none: announcing every
 * percent would drown out everything else, and the progress bars carry them.
 */
export function describeProgressEvent(pipeline: string, event: ProgressEvent): string | undefined {
  switch (event.type) {
    case 'job-start':
      return 'The job started.';
    case 'step-start':
      return `${describeStep(pipeline, event.step)}: started.`;
    case 'step-end':
      return event.cached
        ? `${describeStep(pipeline, event.step)}: reused from an earlier run.`
        : `${describeStep(pipeline, event.step)}: done in ${formatDuration(event.durationMs)}.`;
    case 'job-end':
      return 'The job succeeded.';
    case 'job-error':
      return event.code === 'cancelled' ? 'The job was cancelled.' : `The job failed: ${event.message}`;
    default:
      return undefined;
  }
}
