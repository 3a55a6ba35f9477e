// The states a job and a step go through. In a file of their own so the database schema, which
// stores them, need not import contracts.ts, which names the database.
export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type StepState = 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped';
