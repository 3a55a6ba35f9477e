/**
 * The last JSON answered for each job, reused while the job object holds the very same field values.
 * A polled job is rebuilt on every read (`{ ...record, queuePosition }`, then its title and thumbnail)
 * but from the same cached record and description, whose nested values (steps, input, output) are
 * never changed in place: when every top-level field is identical (===) to last time, so is the JSON.
 * Serialising with the route's response schema was a tenth of GET /api/jobs/:id's time under load;
 * now it runs once per change of the job (and of its description, at most once a second).
 */
export function createJobJsonMemo<Job extends { id: string }>(serialize: (job: Job) => string, options: { maxEntries?: number } = {}) {
  const maxEntries = options.maxEntries ?? 2000;
  const entries = new Map<string, { job: Job; json: string }>();
  return (job: Job): string => {
    const entry = entries.get(job.id);
    if (entry && sameFields(entry.job, job)) return entry.json;
    const json = serialize(job);
    entries.delete(job.id);
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(job.id, { job, json });
    return json;
  };
}

/** Whether both objects have the same own keys holding identical values. */
function sameFields(previous: object, next: object): boolean {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  let keys = 0;
  for (const key in after) {
    if (after[key] !== before[key] || !Object.hasOwn(before, key)) return false;
    keys += 1;
  }
  for (const _key in before) keys -= 1;
  return keys === 0;
}
