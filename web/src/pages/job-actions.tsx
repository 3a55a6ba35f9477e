/**
 * What can be done to a job from where it is shown: cancel while it is queued or running, retry
 * after it failed or was cancelled, delete once it has finished. Each button names its job for
 * screen readers, since a list shows many of them.
 */
import { useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import { isJobFinished, type Job } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';

export type JobChange =
  | { kind: 'cancelled'; job: Job }
  | { kind: 'retried'; job: Job }
  | { kind: 'deleted'; jobId: string; deletedAssets: number };

export interface JobActionsProps {
  job: Pick<Job, 'id' | 'state'>;
  /** How the job is named in the buttons' accessible names, e.g. its title. */
  name: string;
  onChange(change: JobChange): void;
}

export function JobActions({ job, name, onChange }: JobActionsProps) {
  const [busy, setBusy] = useState<'cancel' | 'retry' | 'delete'>();
  const [error, setError] = useState<{ action: string; error: ApiError }>();

  async function act(kind: 'cancel' | 'retry' | 'delete', action: string, work: () => Promise<JobChange>) {
    setBusy(kind);
    setError(undefined);
    try {
      onChange(await work());
    } catch (reason) {
      setError({ action, error: asApiError(reason) });
    } finally {
      setBusy(undefined);
    }
  }

  const finished = isJobFinished(job.state);
  const retryable = job.state === 'failed' || job.state === 'cancelled';
  return (
    <div className="job-actions">
      {!finished ? (
        <button type="button" className="button button--danger" disabled={busy !== undefined} aria-label={`Cancel ${name}`}
          onClick={() => void act('cancel', 'The job was not cancelled', async () => ({ kind: 'cancelled', job: await kilnApi.cancelJob(job.id) }))}>
          {busy === 'cancel' ? 'Cancelling…' : 'Cancel'}
        </button>
      ) : null}
      {retryable ? (
        <button type="button" className="button" disabled={busy !== undefined} aria-label={`Retry ${name}`}
          onClick={() => void act('retry', 'The job was not started again', async () => ({ kind: 'retried', job: await kilnApi.retryJob(job.id) }))}>
          {busy === 'retry' ? 'Starting…' : 'Retry'}
        </button>
      ) : null}
      {finished ? (
        <button type="button" className="button" disabled={busy !== undefined} aria-label={`Delete ${name}`}
          onClick={() => {
            if (!window.confirm(`Delete “${name}” and the files it made? This cannot be undone.`)) return;
            void act('delete', 'The job was not deleted', async () => ({ kind: 'deleted', jobId: job.id, ...(await kilnApi.deleteJob(job.id)) }));
          }}>
          {busy === 'delete' ? 'Deleting…' : 'Delete'}
        </button>
      ) : null}
      {error ? <ApiErrorMessage error={error.error} action={error.action} /> : null}
    </div>
  );
}
