import type { JobRecord, KilnRuntime } from '../runtime/contracts.ts';
import { ProgressBar } from './progress-bar.ts';

/**
 * Follows a job to its end with a progress bar on stderr (none with --json) and returns the final record.
 * Subscribes before re-reading the record so no event between the two is missed. Ctrl-C cancels the job.
 */
export async function waitForJob(runtime: KilnRuntime, job: JobRecord, options: { json: boolean }): Promise<JobRecord> {
  const bar = options.json ? undefined : new ProgressBar();
  let markFinished = () => {};
  const finished = new Promise<void>((resolve) => (markFinished = resolve));
  const unsubscribe = await runtime.jobs.subscribe(job.id, (event) => {
    bar?.handle(event);
    if (event.type === 'job-end' || event.type === 'job-error') markFinished();
  });
  const onInterrupt = () => void runtime.jobs.cancel(job.ownerId, job.id).catch(() => undefined);
  process.once('SIGINT', onInterrupt);
  try {
    if (!isFinished(await runtime.jobs.get(job.ownerId, job.id))) await finished;
  } finally {
    process.off('SIGINT', onInterrupt);
    await unsubscribe();
  }
  return runtime.jobs.get(job.ownerId, job.id);
}

function isFinished(job: JobRecord): boolean {
  return job.state === 'succeeded' || job.state === 'failed' || job.state === 'cancelled';
}
