/**
 * The JSON shapes of Kiln's HTTP API as the browser sees them. The progress events are the
 * engine's own type: they reach the page unchanged, so sharing the type keeps both ends honest.
 */
export type { ProgressEvent } from '../../../src/engine/progress-event.ts';

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';
export type StepState = 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped';

export interface JobStep {
  /** The node's name in the pipeline; progress events refer to a step by this. */
  name: string;
  stepId: string;
  state: StepState;
  attempts: number;
  /** True when the output came from the step cache and nothing ran. */
  cached: boolean;
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
  /** `backend:model` of each provider call that served the step. */
  servedBy: string[];
  /** 0..1 */
  progress: number;
  message: string | null;
  error: { code: string; message: string } | null;
}

export interface Job {
  id: string;
  pipeline: string;
  state: JobState;
  /** 0..1 over the whole job. */
  progress: number;
  input: unknown;
  output: unknown;
  error: { code: string; message: string; step?: string } | null;
  steps: JobStep[];
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  endedAt: string | null;
}

export interface BackendHealth {
  name: string;
  type: string;
  state: 'ready' | 'unavailable';
  /** Why it is unavailable, in a sentence. */
  reason?: string;
  device: 'cuda' | 'mps' | 'cpu' | 'remote';
  /** Capability → models this backend serves for it. */
  serves: Record<string, string[]>;
}

export interface ServerHealth {
  status: string;
  version: string;
  database: 'pglite' | 'postgres';
  auth: 'local' | 'jwt';
  backends: BackendHealth[];
  /** Capability → the `backend:model` fallback list, in the order it is tried. */
  capabilities: Record<string, string[]>;
}

export interface PipelineSummary {
  id: string;
  description: string;
  /** JSON Schema of the job input. */
  inputSchema: unknown;
}

export const finishedJobStates: readonly JobState[] = ['succeeded', 'failed', 'cancelled'];

export function isJobFinished(state: JobState): boolean {
  return finishedJobStates.includes(state);
}
