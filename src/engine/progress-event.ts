/**
 * Progress events, named noun-then-verb. They travel unchanged from the runner to the job record,
 * the live progress stream (server-sent events), the web UI and the CLI's progress bar.
 */
export type ProgressEvent =
  | { type: 'job-start'; jobId: string; at: string; steps: string[] }
  | { type: 'step-start'; jobId: string; at: string; step: string; attempt: number }
  | { type: 'step-progress'; jobId: string; at: string; step: string; fraction: number; message?: string }
  | {
      type: 'step-end';
      jobId: string;
      at: string;
      step: string;
      /** True when the output came from the step cache and nothing ran. */
      cached: boolean;
      durationMs: number;
      /** `backend:model` of each provider call the step made, in order. */
      servedBy: string[];
      /** Preferred `backend:model`s that failed (with why) before one in `servedBy` served; absent when none did. */
      passedOver?: { candidate: string; reason: string }[];
      /** Assets the step wrote or reused, so a page can show results as they arrive. */
      assetIds: string[];
    }
  | { type: 'job-end'; jobId: string; at: string; output: unknown }
  | { type: 'job-error'; jobId: string; at: string; code: string; message: string; step?: string };

export type ProgressEventType = ProgressEvent['type'];

export type ProgressListener = (event: ProgressEvent) => void;
