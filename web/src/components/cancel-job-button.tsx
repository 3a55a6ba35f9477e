/**
 * Cancel for a studio while its job is queued or running. The studio's own event stream then shows
 * the job as cancelled, so this button only asks; it draws nothing once the job has ended.
 */
import { useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { ApiErrorMessage } from './api-error-message.tsx';

export function CancelJobButton({ job, what }: { job: Pick<Job, 'id' | 'state'> | undefined; what: string }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  if (!job || (job.state !== 'queued' && job.state !== 'running')) return null;

  async function cancel() {
    setBusy(true);
    setError(undefined);
    try {
      await kilnApi.cancelJob(job!.id);
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="cancel-job">
      <button type="button" className="button button--danger" disabled={busy} onClick={() => void cancel()} data-testid="cancel-job">
        {busy ? 'Cancelling…' : `Cancel ${what}`}
      </button>
      {error ? <ApiErrorMessage error={error} action={`The ${what} was not cancelled`} /> : null}
    </div>
  );
}
