/** The pg-boss queue of jobs to run; each message is a `JobMessage`. */
export const jobQueueName = 'kiln-jobs';

/** Where pg-boss moves a job that was interrupted more often than the queue allows. */
export const givenUpQueueName = 'kiln-jobs-given-up';

/** What a queue message carries: only the id; the job row holds everything else. */
export interface JobMessage {
  jobId: string;
}
