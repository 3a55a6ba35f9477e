import type { ProgressEvent } from '../api/api-types.ts';
import { formatDuration } from '../components/format-time.ts';

/**
 * A sentence for screen readers about one event. Step progress ticks get none: announcing every
 * percent would drown out everything else, and the progress bars carry them.
 */
export function describeProgressEvent(event: ProgressEvent): string | undefined {
  switch (event.type) {
    case 'job-start':
      return 'The job started.';
    case 'step-start':
      return `Step ${event.step} started.`;
    case 'step-end':
      return event.cached
        ? `Step ${event.step} reused a cached result.`
        : `Step ${event.step} finished in ${formatDuration(event.durationMs)}.`;
    case 'job-end':
      return 'The job succeeded.';
    case 'job-error':
      return event.code === 'cancelled' ? 'The job was cancelled.' : `The job failed: ${event.message}`;
    default:
      return undefined;
  }
}
