/**
 * Wraps a read by key so that callers asking for a key whose read is already under way share it.
 * When a cached entry expires under a hundred polling clients, the ones that arrive together would
 * otherwise all query the one embedded database for the same row (a stall of a few hundred ms
 * every second); an answer shared this way is at most one read old, fresher than a cache hit.
 */
export function shareReadsInFlight<Value>(read: (key: string) => Promise<Value>): (key: string) => Promise<Value> {
  const inFlight = new Map<string, Promise<Value>>();
  return (key) => {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = read(key).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
}
