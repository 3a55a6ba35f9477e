/**
 * Follows one job over its server-sent event stream: the first `snapshot` gives the whole job, each
 * later event is folded into it, and a broken connection is reopened (its new snapshot catches up on
 * what was missed). Stops by itself once the job has finished.
 */
import { ApiError } from './api-error.ts';
import { applyProgressEvent } from './apply-progress-event.ts';
import { isJobFinished, type Job, type ProgressEvent } from './api-types.ts';
import { kilnApi } from './kiln-api.ts';
import { readServerSentEvents } from './read-server-sent-events.ts';

export type StreamState = 'connecting' | 'live' | 'reconnecting' | 'closed';

export interface WatchJobHandlers {
  /** The job as it stands after the snapshot and after every event. */
  onJob(job: Job): void;
  /** Each event as it arrived, after onJob, for announcements. */
  onEvent?(event: ProgressEvent, job: Job): void;
  onStreamState?(state: StreamState): void;
  /** An error that retrying cannot fix (the job is gone, the token was refused). */
  onError?(error: ApiError): void;
}

const retryDelaysMs = [500, 1000, 2000, 5000, 10000];

/** Starts following the job; call the returned function to stop. */
export function watchJob(jobId: string, handlers: WatchJobHandlers): () => void {
  const controller = new AbortController();
  void follow(jobId, handlers, controller.signal);
  return () => controller.abort();
}

async function follow(jobId: string, handlers: WatchJobHandlers, signal: AbortSignal): Promise<void> {
  let job: Job | undefined;
  let failures = 0;
  handlers.onStreamState?.('connecting');
  while (!signal.aborted) {
    try {
      const response = await kilnApi.jobEvents(jobId, signal);
      if (!response.body) throw new ApiError('network', 'The server sent no event stream.', response.status);
      for await (const message of readServerSentEvents(response.body)) {
        if (message.event === 'snapshot') {
          job = JSON.parse(message.data) as Job;
          failures = 0;
          handlers.onStreamState?.('live');
          handlers.onJob(job);
        } else if (job) {
          const event = JSON.parse(message.data) as ProgressEvent;
          job = applyProgressEvent(job, event);
          handlers.onJob(job);
          handlers.onEvent?.(event, job);
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        handlers.onStreamState?.('closed');
        handlers.onError?.(error);
        return;
      }
      failures++;
    }
    if (signal.aborted) return;
    if (job && isJobFinished(job.state)) {
      // The record holds facts the events do not carry (final timings, output); fetch it once.
      try {
        const record = await kilnApi.getJob(jobId, signal);
        // A record read before the ending (a busy server's answer) must not bring the job back to life.
        if (isJobFinished(record.state)) handlers.onJob(record);
      } catch {
        // The events already showed the ending; the page stays correct without the record.
      }
      handlers.onStreamState?.('closed');
      return;
    }
    handlers.onStreamState?.('reconnecting');
    await delay(retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)], signal);
  }
}

function delay(milliseconds: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, milliseconds);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
