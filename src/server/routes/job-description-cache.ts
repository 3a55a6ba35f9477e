import type { JobRecord, KilnRuntime } from '../../runtime/contracts.ts';
import { describeJobs, type JobDescription } from './describe-jobs.ts';

/**
 * describeJobs with a memory: a job polled by a page or a script costs its description queries once
 * per change, not once per poll (they were most of GET /api/jobs/:id's time under load). An entry
 * holds for one version of the job (its `updatedAt`, which every progress event moves) and at most
 * `maxAgeMs`, which bounds how stale a change that moves no event can be, as the job record cache does.
 */
export function createJobDescriptionCache(runtime: KilnRuntime, options: { maxAgeMs?: number; maxEntries?: number; now?: () => number } = {}) {
  const maxAgeMs = options.maxAgeMs ?? 1000;
  // The clock entries are aged by; a test's own, so a slow machine never turns "within the age limit" into "past it".
  const now = options.now ?? (() => performance.now());
  const maxEntries = options.maxEntries ?? 2000;
  const entries = new Map<string, { version: string; description: JobDescription; describedAt: number }>();

  const inFlight = new Map<string, Promise<Map<string, JobDescription>>>();
  const describeOne = (key: string, describe: () => Promise<Map<string, JobDescription>>) => {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = describe().finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };

  const fresh = (job: JobRecord, now: number) => {
    const entry = entries.get(job.id);
    return entry && entry.version === job.updatedAt && now - entry.describedAt <= maxAgeMs ? entry.description : undefined;
  };

  const remember = (job: JobRecord, description: JobDescription, describedAt: number) => {
    entries.delete(job.id);
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    // Aged from before the queries, so an entry never outlives maxAgeMs from what it read.
    entries.set(job.id, { version: job.updatedAt, description, describedAt });
  };

  const refreshInBackground = (ownerId: string, job: JobRecord) => {
    const key = `${ownerId}\n${job.updatedAt}\n${job.id}`;
    if (inFlight.has(key)) return;
    const startedAt = now();
    describeOne(key, () => describeJobs(runtime, ownerId, [job])).then((described) => {
      // A newer version described meanwhile is kept; a failed refresh leaves the entry to expire,
      // and the read after that asks again and answers the error.
      if (entries.get(job.id)?.version === job.updatedAt) remember(job, described.get(job.id)!, startedAt);
    }, () => {});
  };

  return {
    /** The jobs with their title and thumbnail; only those not described since their last change are queried. */
    async describe(ownerId: string, jobs: JobRecord[]): Promise<(JobRecord & JobDescription)[]> {
      const startedAt = now();
      // The polled read of one job already described: no lists or maps to build. Past half its age
      // the entry is described again in the background, so the polls that follow never wait for the
      // queries (a hundred of them did, once a second, in the GET's slowest percent); what they are
      // answered stays within maxAgeMs of what it was read from, as before.
      const known = jobs.length === 1 ? fresh(jobs[0], startedAt) : undefined;
      if (known) {
        if (startedAt - entries.get(jobs[0].id)!.describedAt > maxAgeMs / 2) refreshInBackground(ownerId, jobs[0]);
        return [{ ...jobs[0], ...known }];
      }
      const missing = jobs.filter((job) => !fresh(job, startedAt));
      // One job (the polled read): shared with a read of the same version already under way.
      const described = missing.length === 0
        ? new Map<string, JobDescription>()
        : missing.length === 1
          ? await describeOne(`${ownerId}\n${missing[0].updatedAt}\n${missing[0].id}`, () => describeJobs(runtime, ownerId, missing))
          : await describeJobs(runtime, ownerId, missing);
      for (const job of missing) remember(job, described.get(job.id)!, startedAt);
      return jobs.map((job) => ({ ...job, ...(described.get(job.id) ?? fresh(job, startedAt)!) }));
    },
  };
}
