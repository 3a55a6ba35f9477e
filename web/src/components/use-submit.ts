/**
 * The busy/error state every form and action button keeps: `run` calls the action once at a time,
 * `busy` holds while it runs (for a disabled button and "Starting…"), and whatever it throws
 * becomes the `error` an ApiErrorMessage shows, cleared when it runs again.
 */
import { useCallback, useRef, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';

export interface Submit<Args extends unknown[]> {
  run(...args: Args): Promise<void>;
  busy: boolean;
  error: ApiError | undefined;
  /** Shows an error found without calling the action (a check on the page), or clears it. */
  setError(error: ApiError | undefined): void;
}

export function useSubmit<Args extends unknown[]>(action: (...args: Args) => Promise<unknown>): Submit<Args> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const latest = useRef(action);
  latest.current = action;
  // A second click while the first request is out would start the job twice.
  const running = useRef(false);
  const run = useCallback(async (...args: Args) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(undefined);
    try {
      await latest.current(...args);
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  return { run, busy, error, setError };
}
