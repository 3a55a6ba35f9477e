import type { JobEvents } from './job-events.ts';
import { shareReadsInFlight } from './share-reads-in-flight.ts';

/**
 * Places in line, remembered until anything moves: a job polled while it waits read its position
 * with a count over the queue table on every poll, about 2 ms of the one embedded database's time
 * each (PGlite runs queries on the event loop, so a hundred pollers held up everything else). Any
 * job event (a start, an end, a cancel; from here or, through NOTIFY, from workers elsewhere) and
 * any job created in this process forget every entry; `maxAgeMs` bounds what moves without an
 * event (a job created by another server, a job a stopping worker put back). Past half that age an
 * entry is read again in the background while polls go on being answered from it, so a hundred
 * pollers of a waiting job do not all wait on the database together once every `maxAgeMs`.
 */
export function createQueuePositionCache(
  events: Pick<JobEvents, 'subscribeAll'>,
  readPositions: (jobIds: string[]) => Promise<Map<string, number>>,
  options: { maxAgeMs?: number; maxEntries?: number } = {},
) {
  const maxAgeMs = options.maxAgeMs ?? 1000;
  const maxEntries = options.maxEntries ?? 2000;
  // null: the queue no longer holds the job as waiting (it started); remembered as well.
  // `refreshing`: a background read for a newer copy is under way (see positions).
  const entries = new Map<string, { position: number | null; readAt: number; refreshing: boolean }>();
  // Moves on every forget, so a read that overlapped a change is answered but not kept.
  let generation = 0;
  let listening: Promise<unknown> | undefined;
  const readOne = shareReadsInFlight((key: string) => readPositions([key.slice(key.indexOf('\n') + 1)]));
  const forget = () => {
    generation += 1;
    entries.clear();
  };
  // Kept only if nothing moved while it was read (the generation is unchanged); a read taken before a forget is stale.
  const keep = (jobIds: string[], read: Map<string, number>, readIn: number, readAt: number) => {
    if (readIn !== generation) return;
    for (const jobId of jobIds) {
      entries.delete(jobId);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(jobId, { position: read.get(jobId) ?? null, readAt, refreshing: false });
    }
  };
  const refreshInBackground = (jobIds: string[]) => {
    const readIn = generation;
    const readAt = performance.now();
    readPositions(jobIds).then(
      (read) => keep(jobIds, read, readIn, readAt),
      // The entries stay as they were until their age runs out; the read after that reports the error.
      () => {
        for (const jobId of jobIds) {
          const entry = entries.get(jobId);
          if (entry) entry.refreshing = false;
        }
      },
    );
  };

  return {
    /** Each queued job's place (1 = next); a job the queue holds as waiting no longer is left out. */
    async positions(jobIds: string[]): Promise<Map<string, number>> {
      if (jobIds.length === 0) return new Map();
      listening ??= events.subscribeAll(forget);
      await listening;
      const readAt = performance.now();
      const answer = new Map<string, number>();
      const missing: string[] = [];
      const ageing: string[] = [];
      for (const jobId of jobIds) {
        const entry = entries.get(jobId);
        const age = entry ? readAt - entry.readAt : Infinity;
        if (!entry || age > maxAgeMs) {
          missing.push(jobId);
          continue;
        }
        if (entry.position !== null) answer.set(jobId, entry.position);
        if (age > maxAgeMs / 2 && !entry.refreshing) {
          entry.refreshing = true;
          ageing.push(jobId);
        }
      }
      if (ageing.length > 0) refreshInBackground(ageing);
      if (missing.length === 0) return answer;
      const readIn = generation;
      // Pollers of the same waiting job that miss together share one read (the usual case: one job).
      const read = missing.length === 1 ? await readOne(`${generation}\n${missing[0]}`) : await readPositions(missing);
      for (const jobId of missing) {
        const position = read.get(jobId);
        if (position !== undefined) answer.set(jobId, position);
      }
      keep(missing, read, readIn, readAt);
      return answer;
    },
    /** Forgets every place: called when this process queues a job, which may go ahead of others. */
    forget,
  };
}
