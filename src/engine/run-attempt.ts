import { CancelledError, TimeoutError } from './errors/index.ts';

export interface RunAttemptOptions {
  /** The job's signal; aborting it cancels the attempt. */
  signal: AbortSignal;
  /** Time limit of this attempt in milliseconds; none when undefined. */
  timeoutMs?: number;
  /** The node's name, for the timeout message. */
  node: string;
}

/**
 * Runs one attempt of a step. The work gets a signal that aborts on cancel or timeout, and the
 * attempt settles at that moment even if the work ignores its signal: a stuck backend must not hold
 * up a cancel. Rejects with CancelledError on cancel and TimeoutError (retryable) on timeout.
 */
export async function runAttempt<Output>(
  work: (signal: AbortSignal) => Promise<Output>,
  options: RunAttemptOptions,
): Promise<Output> {
  const { signal, timeoutMs, node } = options;
  if (signal.aborted) throw new CancelledError(undefined, { cause: signal.reason });
  const controller = new AbortController();
  let timedOut = false;
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  const cancel = () => controller.abort(signal.reason);
  signal.addEventListener('abort', cancel, { once: true });
  const timer = timeoutMs === undefined ? undefined : setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutError(`Step \`${node}\` took longer than its limit of ${timeoutMs} ms.`));
  }, timeoutMs);
  try {
    const running = Promise.resolve().then(() => work(controller.signal));
    // Work that ignored its signal may still fail after we stopped waiting for it; that is not news.
    running.catch(() => {});
    return await Promise.race([running, stopped]);
  } catch (error) {
    if (signal.aborted) throw new CancelledError(undefined, { cause: signal.reason });
    if (timedOut) {
      throw new TimeoutError(`Step \`${node}\` took longer than its limit of ${timeoutMs} ms.`, {
        cause: error,
        details: { timeoutMs },
      });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
}
