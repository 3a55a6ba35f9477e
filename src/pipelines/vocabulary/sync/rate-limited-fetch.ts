/**
 * A fetch that starts at most `perSecond` requests a second, in call order: Notion allows an average
 * of three. Retries made by the caller go through it too, so they stay under the limit. `signal`
 * (the job's) ends a wait for a slot at once and goes with every request, so a cancelled sync
 * neither waits nor sends anything more.
 */
export function rateLimitedFetch(perSecond: number, inner: typeof fetch = fetch, signal?: AbortSignal): typeof fetch {
  const spacingMs = 1000 / perSecond;
  let nextSlot = 0;
  return async (input, init) => {
    signal?.throwIfAborted();
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + spacingMs;
    if (slot > now) await waitFor(slot - now, signal);
    const signals = [signal, init?.signal].filter((one): one is AbortSignal => one != null);
    return inner(input, signals.length > 0 ? { ...init, signal: AbortSignal.any(signals) } : init);
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function waitFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
