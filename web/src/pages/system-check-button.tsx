/**
 * Starts the `diagnostic` pipeline, which every server has, and opens its job page: the quickest
 * way to see the queue, a worker and the live progress stream working together.
 */
import { useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { navigate } from '../router.tsx';

const diagnosticInput = { steps: 3, delayMs: 300 };

export function SystemCheckButton() {
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function start() {
    setStarting(true);
    setError(undefined);
    try {
      const job = await kilnApi.createJob('diagnostic', diagnosticInput);
      navigate(`/jobs/${encodeURIComponent(job.id)}`);
    } catch (reason) {
      setError(asApiError(reason));
      setStarting(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--primary" onClick={start} disabled={starting}>
        {starting ? 'Starting…' : 'Run a system check'}
      </button>
      <div aria-live="polite">{error ? <ApiErrorMessage error={error} action="The check did not start" /> : null}</div>
    </>
  );
}
