import type { JobRecord } from '../runtime/contracts.ts';
import type { JobEvents } from './job-events.ts';

/**
 * Recently read job records, so that clients polling a job (the web page, scripts, dashboards) cost
 * no database round trip. Any event of a job drops its entry, from this process or, through NOTIFY,
 * from workers elsewhere; the age limit bounds staleness for the few writes that are not events
 * (a job put back in the queue when a worker stops).
 */
export function createJobRecordCache(events: Pick<JobEvents, 'subscribeAll'>, options: { maxAgeMs?: number; maxEntries?: number } = {}) {
  const maxAgeMs = options.maxAgeMs ?? 1000;
  const maxEntries = options.maxEntries ?? 2000;
  // `refreshing`: one reader has been sent to the database for a newer copy (see get).
  const entries = new Map<string, { record: JobRecord; readAt: number; refreshing: boolean }>();
  // When each job last changed, so a read that raced an event is not kept.
  const changedAt = new Map<string, number>();
  let listening: Promise<unknown> | undefined;
  // Set once the subscription is in place, so later reads skip awaiting it (one microtask each).
  let listeningNow = false;

  const remember = <Value>(map: Map<string, Value>, key: string, value: Value) => {
    map.delete(key);
    if (map.size >= maxEntries) map.delete(map.keys().next().value!);
    map.set(key, value);
  };

  return {
    /** The cached record if fresh; starts listening for invalidations on first use. */
    async get(jobId: string): Promise<JobRecord | undefined> {
      if (!listeningNow) {
        listening ??= events.subscribeAll((event) => {
          entries.delete(event.jobId);
          remember(changedAt, event.jobId, performance.now());
        });
        await listening;
        listeningNow = true;
      }
      const entry = entries.get(jobId);
      if (!entry) return undefined;
      const age = performance.now() - entry.readAt;
      if (age > maxAgeMs) {
        entries.delete(jobId);
        return undefined;
      }
      // Past half its age, the first reader is told to read the job again (its set() replaces the
      // entry) while the others keep being answered from it: under a hundred pollers, one request
      // waits for the database instead of all of them when the entry would have expired.
      if (age > maxAgeMs / 2 && !entry.refreshing) {
        entry.refreshing = true;
        return undefined;
      }
      return entry.record;
    },
    /** When an event of the job was last heard (performance.now()); -Infinity when none was. */
    changedAt(jobId: string): number {
      return changedAt.get(jobId) ?? -Infinity;
    },
    /** Drops a job's entry at once (it was deleted); a read that raced the delete is not kept either. */
    drop(jobId: string): void {
      entries.delete(jobId);
      remember(changedAt, jobId, performance.now());
    },
    /** Remembers a record read from the database at `readAt` (taken before the read, so an event during it wins). */
    set(record: JobRecord, readAt: number): void {
      if ((changedAt.get(record.id) ?? -Infinity) >= readAt) return;
      remember(entries, record.id, { record, readAt, refreshing: false });
    },
  };
}
