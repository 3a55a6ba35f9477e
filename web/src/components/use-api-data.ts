/**
 * Loads data from the API for a page: keeps the last good value while reloading, and aborts the
 * request when the page goes away or the inputs change.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { asApiError, type ApiError } from '../api/api-error.ts';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

export function useApiData<T>(load: (signal: AbortSignal) => Promise<T>, dependencies: readonly unknown[] = []): ApiData<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    loadRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (reason: unknown) => {
        if (controller.signal.aborted) return;
        setError(asApiError(reason));
        setLoading(false);
      },
    );
    return () => controller.abort();
    // The caller names what the load depends on; `load` itself is read through a ref so that an
    // inline arrow function does not reload on every render.
  }, [generation, ...dependencies]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, loading, reload };
}
