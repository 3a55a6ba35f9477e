/**
 * Runs `work`, and if it has not settled after `afterMs`, reports `describe()` once: a shutdown that hangs says what it
 * waits on (`kiln serve` not exiting, a test whose runtime does not close). The timer never keeps the process alive.
 */
export async function reportWhenSlow<T>(work: () => Promise<T>, afterMs: number, describe: () => string, report: (error: Error) => void): Promise<T> {
  const timer = setTimeout(() => report(new Error(describe())), afterMs);
  timer.unref();
  try {
    return await work();
  } finally {
    clearTimeout(timer);
  }
}
