import { CancelledError } from './errors/index.ts';

export interface BackoffOptions {
  /** Longest wait before the first retry, in milliseconds. Default 500. */
  baseMs?: number;
  /** How much the longest wait grows with each failure. Default 2. */
  factor?: number;
  /** Cap on the longest wait, in milliseconds. Default 30 000. */
  maxMs?: number;
  /** Uniform in [0, 1); injectable so tests can fix the jitter. Default Math.random. */
  random?: () => number;
}

/**
 * How long to wait after the given number of failed attempts (1 after the first failure), in ms.
 * "Full jitter": a uniform pick between 0 and the exponential ceiling, so workers that failed together
 * (a backend restarting) do not all come back at the same instant.
 */
export function backoffDelay(failedAttempts: number, options: BackoffOptions = {}): number {
  const { baseMs = 500, factor = 2, maxMs = 30_000, random = Math.random } = options;
  const ceiling = Math.min(maxMs, baseMs * factor ** Math.max(0, failedAttempts - 1));
  return Math.floor(random() * ceiling);
}

/** Waits `ms` milliseconds; rejects with CancelledError as soon as `signal` aborts (or at once if it has). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new CancelledError(undefined, { cause: signal.reason }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError(undefined, { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
