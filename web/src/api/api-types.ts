/**
 * The JSON shapes of Kiln's HTTP API as the browser sees them. The progress events are the
 * engine's own type: they reach the page unchanged, so sharing the type keeps both ends honest.
 */
export type { ProgressEvent } from '../../../src/engine/progress-event.ts';

// Jobs and backends as the server's own contracts declare them (type-only: nothing of the server is
// bundled). `Job` leaves out the owner, which the page never needs.
import type { BackendHealth, JobRecord, JobState, JobStepRecord, StepState } from '../../../src/runtime/contracts.ts';
export type { BackendHealth, JobState, StepState };
export type { DiscoveredModel, DiscoveredServer } from '../../../src/providers/discovery/discovered-server.ts';
export type JobStep = JobStepRecord;
export type Job = Omit<JobRecord, 'ownerId'> & {
  /** What a person knows the job by (story title or prompt, song file name); lists and GET /api/jobs/:id only. */
  title?: string | null;
  /** A picture the job made, for its row in the list. */
  thumbnailAssetId?: string | null;
};

export interface ServerHealth {
  status: string;
  version: string;
  auth: 'local' | 'jwt';
  /** This and the fields below only for a signed-in caller (JWT mode) or one on the server's machine. */
  database?: 'pglite' | 'postgres';
  backends?: BackendHealth[];
  /** Capability → the `backend:model` fallback list, in the order it is tried. */
  capabilities?: Record<string, string[]>;
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

/** One backend as written in the config file: its type and that type's settings. */
export interface BackendEntry {
  type: string;
  [setting: string]: unknown;
}

/** The config file's editable part, as GET /api/settings/config answers it (administrators only). */
export interface EditableConfig {
  file: string;
  exists: boolean;
  /** False for a YAML file, which is edited by hand. */
  writable: boolean;
  backends: Record<string, BackendEntry>;
  capabilities: Record<string, string[]>;
  /** Capabilities a KILN_<CAPABILITY> variable sets; the variable wins over the file. */
  environmentOverrides: string[];
  backendTypes: string[];
}
