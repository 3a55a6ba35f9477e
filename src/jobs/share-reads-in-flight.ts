/**
 * Wraps a read by key so that callers asking for a key whose read is already under way share it.
 * When a cached entry expires under a hundred polling clients, the ones that arrive together would
 * otherwise all query the one embedded database for the same row (a stall of a few hundred ms
 * every second); an answer shared this way is at most one read old, fresher than a cache hit.
 *
 * A caller that knows the row changed at `changedAt` (a performance.now() time) passes it: a read
 * begun before then may hold the row as it was, so that caller starts a read of its own (which
 * later callers share) instead of joining it.
 */
export function shareReadsInFlight<Value>(read: (key: string) => Promise<Value>): (key: string, changedAt?: number) => Promise<Value> {
  const inFlight = new Map<string, { startedAt: number; answer: Promise<Value> }>();
  return (key, changedAt = -Infinity) => {
    const joined = inFlight.get(key);
    if (joined && joined.startedAt > changedAt) return joined.answer;
    const started = { startedAt: performance.now(), answer: read(key) };
    inFlight.set(key, started);
    void started.answer.catch(() => {}).finally(() => inFlight.get(key) === started && inFlight.delete(key));
    return started.answer;
  };
}
