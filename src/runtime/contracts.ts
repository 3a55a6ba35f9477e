/**
 * The interfaces that join the parts of Kiln: the server, the CLI and the worker use these, and
 * src/store, src/providers and src/engine implement them. Kept in one file so a newcomer sees the
 * whole shape at once.
 */
import type { Readable } from 'node:stream';
import type { ProgressEvent } from '../engine/progress-event.ts';
import type { PipelineDefinition } from '../engine/pipeline.ts';
import type { Capability, ModelByCapability } from '../providers/spec/index.ts';
import type { CallOptionsOf, FallbackModel, RetryPolicy } from '../providers/fallback-model.ts';
import type { JobState, StepState } from './job-state.ts';

// ---------- assets ----------

export interface AssetRecord {
  /** Random id (not the hash) so that two users with the same bytes still have separate records. */
  id: string;
  ownerId: string;
  /** sha256 of the bytes, hex; names the file in the content-addressed store. */
  sha256: string;
  mediaType: string;
  sizeBytes: number;
  /** A file name for downloads, e.g. `final_video.mp4`; never used as a path. */
  name: string;
  /** The job that made it, if any. */
  jobId: string | null;
  /** Free-form facts: alt text, moderation record, width/height, duration. */
  metadata: Record<string, unknown>;
  createdAt: string;
}

export interface AssetStore {
  /** Writes bytes (temporary name, then rename or upload) and records ownership in one go; a failure records nothing. */
  put(input: {
    ownerId: string;
    data: Uint8Array | Readable;
    mediaType: string;
    name: string;
    jobId?: string | null;
    metadata?: Record<string, unknown>;
  }): Promise<AssetRecord>;
  /** The record if it exists and belongs to `ownerId`; NotFoundError (404) otherwise. */
  get(ownerId: string, assetId: string): Promise<AssetRecord>;
  /** The bytes of an asset the caller already checked ownership of. */
  read(asset: AssetRecord): Promise<Uint8Array>;
  /** A stream of the bytes, optionally a byte range (inclusive end), for serving video. */
  stream(asset: AssetRecord, range?: { start: number; end: number }): Readable;
  /**
   * A file on this machine holding the bytes, for tools that need a path (ffmpeg, sharp); read-only
   * use. The local store answers its own file; an object store downloads into `folder` (a job's
   * temporary folder, swept with the job), once per folder and asset.
   */
  localFile(asset: AssetRecord, folder: string): Promise<string>;
  /** Runs `use` with a local file of the asset where there is no job folder (a request); a download is removed afterwards. */
  withLocalFile<T>(asset: AssetRecord, use: (path: string) => Promise<T>): Promise<T>;
  /**
   * A short-lived address the bytes can be fetched from directly (an object store's presigned URL),
   * present only when the store is configured for it; the caller checks ownership first.
   */
  presignedUrl?(asset: AssetRecord, options: { contentDisposition: string }): Promise<string>;
  list(ownerId: string, options?: { jobId?: string; limit?: number }): Promise<AssetRecord[]>;
  /** Deletes the record; the file goes when no record points at it. */
  delete(ownerId: string, assetId: string): Promise<void>;
}

// ---------- jobs ----------

export type { JobState, StepState } from './job-state.ts';

export interface JobStepRecord {
  /** The node's name in the pipeline, e.g. `analyze`. */
  name: string;
  /** The step definition's id, e.g. `music-video.analyze`. */
  stepId: string;
  state: StepState;
  attempts: number;
  cached: boolean;
  startedAt: string | null;
  endedAt: string | null;
  durationMs: number | null;
  /** `backend:model` of each provider call that served this step. */
  servedBy: string[];
  /** Preferred `backend:model`s that failed, with why, before one in `servedBy` served: a fallback. */
  passedOver: { candidate: string; reason: string }[];
  progress: number;
  message: string | null;
  error: { code: string; message: string } | null;
}

export interface JobRecord {
  id: string;
  ownerId: string;
  pipeline: string;
  state: JobState;
  /** 0..1 over the whole job. */
  progress: number;
  input: unknown;
  output: unknown;
  error: { code: string; message: string; step?: string } | null;
  steps: JobStepRecord[];
  createdAt: string;
  updatedAt: string;
  startedAt: string | null;
  endedAt: string | null;
  /** While queued, the job's place in line (1 = next); null otherwise. Filled by the job service's reads. */
  queuePosition?: number | null;
}

export interface JobService {
  /** Validates input against the pipeline (BadInputError on mismatch), records the job and queues it. */
  create(ownerId: string, pipelineId: string, input: unknown): Promise<JobRecord>;
  /** NotFoundError when missing or owned by someone else. */
  get(ownerId: string, jobId: string): Promise<JobRecord>;
  list(ownerId: string, options?: { limit?: number; before?: string; pipeline?: string; state?: JobState }): Promise<JobRecord[]>;
  /** Cancels a queued or running job; a finished job answers ConflictError. */
  cancel(ownerId: string, jobId: string): Promise<JobRecord>;
  /** Live events of one job (after an ownership check by the caller); returns an unsubscribe function. */
  subscribe(jobId: string, listener: (event: ProgressEvent) => void): Promise<() => Promise<void>>;
  /** Jobs waiting in the queue (for /metrics). */
  queueDepth(): Promise<number>;
  /** Drops what this process remembers of a job that was deleted, so a read right after answers 404. */
  forget(jobId: string): void;
}

/** Takes jobs from the queue and runs them; `kiln serve` runs one in-process, `kiln worker` one alone. */
export interface Worker {
  start(): Promise<void>;
  /** Stops taking jobs; running ones are aborted and go back to the queue to resume elsewhere. */
  stop(): Promise<void>;
}

// ---------- providers ----------

export type BackendState = 'ready' | 'unavailable';

export interface BackendHealth {
  /** The backend's name in the config, e.g. `ollama`. */
  name: string;
  /** Its kind: `builtin`, `openai`, `ollama`, `llamacpp`, ... */
  type: string;
  state: BackendState;
  /** Why it is unavailable, in a sentence. */
  reason?: string;
  /** Where it computes: `cuda`, `mps`, `cpu`, or `remote` when another server decides. */
  device: 'cuda' | 'mps' | 'cpu' | 'remote';
  /** Capabilities it serves, with the models named for them in the config. */
  serves: Partial<Record<Capability, string[]>>;
}

// Defined beside the fallback model, so that file needs nothing from here.
export type { FallbackModel } from '../providers/fallback-model.ts';

export interface ProviderRegistry {
  /**
   * The model for a capability, going through the configured fallback list. `onServed` hears which
   * `backend:model` answered each call, which were skipped on the way, and the options the serving
   * try used (a step passes `context.servedBy`). `retryPolicy` gives each backend one more try before
   * the list moves on (`retryAtHalfSize` for images).
   */
  model<C extends Capability>(
    capability: C,
    options?: {
      onServed?: (backendAndModel: string, skipped: { candidate: string; reason: string }[], served?: { options: unknown }) => void;
      retryPolicy?: RetryPolicy<CallOptionsOf<C>>;
    },
  ): FallbackModel<C>;
  /** One specific model, e.g. `ollama:llama3.2`. */
  modelById<C extends Capability>(capability: C, backendAndModel: string): ModelByCapability[C];
  /** The fallback list for a capability. */
  candidates(capability: Capability): readonly string[];
  /** Every configured backend with its state; checks run in parallel with a short timeout. */
  health(signal?: AbortSignal): Promise<BackendHealth[]>;
  close(): Promise<void>;
}

// ---------- pipelines ----------

export interface PipelineCatalog {
  get(id: string): PipelineDefinition;
  list(): PipelineDefinition[];
}

// ---------- step cache ----------

/** Stored outputs of finished steps, by cache key; makes resume and partial re-runs cheap. */
export interface StepCache {
  get(key: string): Promise<{ output: unknown; assetIds: string[] } | undefined>;
  set(key: string, entry: { ownerId: string; stepId: string; output: unknown; assetIds: string[] }): Promise<void>;
}

// ---------- the assembled runtime ----------

/**
 * Everything a running Kiln holds, built once by `createRuntime` (src/runtime/create-runtime.ts)
 * and handed to the server, the CLI and the worker.
 */
export interface KilnRuntime {
  /** The loaded configuration (src/config). */
  config: import('../config/index.ts').KilnConfig;
  /** `pglite` (embedded, single machine) or `postgres` (scale-out). */
  databaseKind: 'pglite' | 'postgres';
  /** How users are identified: `local` (single user, loopback only) or `jwt` (bearer tokens). */
  authMode: 'local' | 'jwt';
  assets: AssetStore;
  jobs: JobService;
  providers: ProviderRegistry;
  pipelines: PipelineCatalog;
  /** The database, for studios with tables of their own (the Story studio's profiles and stories). */
  database?: import('../store/database.ts').Database;
  /** Present when this process also runs jobs (`kiln serve` does, `kiln worker` is only this). */
  worker?: Worker;
  /** Where the configuration was loaded from, so the settings routes can rewrite and reload it. */
  configSource?: { cwd: string; env: Record<string, string | undefined> };
  /**
   * Swaps in the backends and fallback lists of `config` without a restart (the settings page's save):
   * requests and new jobs use them at once; jobs already running keep the registry they started with.
   */
  replaceProviders?(config: import('../config/index.ts').KilnConfig): Promise<void>;
  close(): Promise<void>;
  /** While close() runs, the part it is closing ("the worker", "the database"): a close that hangs names what it waits on. */
  readonly closingPart?: string;
}
