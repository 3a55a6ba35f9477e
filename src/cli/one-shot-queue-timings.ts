import type { JobQueueTimings } from '../jobs/queue.ts';

/**
 * Queue timings for a command that runs its own job in this process and exits (`kiln musicvideo`).
 * Its data folder is locked to it, so no other process can leave a job behind or take one, and the
 * only job it waits for wakes its worker by NOTIFY. At the server's pace (supervision every 2 s,
 * polling every second) the queue sent ~200 statements to the database during a three-minute
 * song's video, each run by PGlite and its answer posted across threads: ~0.7 CPU-s that found
 * nothing. An interrupted job is retried only after its process stops, which ends the command anyway.
 */
export const oneShotQueueTimings: Partial<JobQueueTimings> = {
  superviseIntervalSeconds: 60,
  pollingIntervalSeconds: 10,
};
