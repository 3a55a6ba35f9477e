export { createJobQueue, defaultJobQueueTimings, type JobQueue, type JobQueueOptions, type JobQueueTimings } from './queue.ts';
export { givenUpQueueName, jobQueueName, type JobMessage } from './job-message.ts';
export { createJobEvents, jobEventsChannel, type JobEvents, type JobEventsOptions } from './job-events.ts';
export { createJobService, type JobServiceOptions } from './job-service.ts';
export { createWorker, type WorkerOptions } from './worker.ts';
export { createPipelineCatalog } from './pipeline-catalog.ts';
export { recoverAbandonedJobs } from './recover-abandoned-jobs.ts';
export { measureJobs, summarizeDurations, timingOf, type DurationSummary, type JobTiming } from './measure-jobs.ts';
