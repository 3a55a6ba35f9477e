import type { z } from 'zod';
import type { ProviderWarning } from '../providers/spec/common.ts';

/** A preferred `backend:model` that could not serve a call, and why; a later one in the list did. */
export interface PassedOver {
  candidate: string;
  reason: string;
}

/** What a step's `run` gets besides its input. */
export interface StepContext {
  /** Aborted on cancel, shutdown or timeout; pass it to every HTTP call and subprocess. */
  signal: AbortSignal;
  /** The job this step runs for. */
  jobId: string;
  /** The user who owns the job; assets the step writes belong to them. */
  ownerId: string;
  /** 1 on the first try, 2 on the first retry... */
  attempt: number;
  /** Reports how far the step is, 0..1, with an optional sentence. */
  progress(fraction: number, message?: string): void;
  /**
   * Records which `backend:model` served a provider call, for the job record, and the preferred
   * ones passed over on the way with why (a fallback list's `onServed` hands both), so no fallback
   * goes unsaid.
   */
  servedBy(backendAndModel: string, passedOver?: readonly PassedOver[]): void;
  /** Records a setting a backend ignored. */
  warn(warning: ProviderWarning): void;
  /**
   * Records an asset this attempt wrote, so `step-end` and the cache entry list it. If the attempt then
   * fails, or is abandoned (cancelled, timed out) before it ends, the runner deletes what it recorded:
   * nothing but finished steps' assets stays with a job.
   */
  recordAsset(assetId: string): void;
  /**
   * Where the step puts scratch files (make a folder inside it with mkdtemp). Under a worker it is the
   * job's own folder in the data folder, removed when the job ends and swept at start if a killed
   * run left it behind; elsewhere the OS temporary folder.
   */
  temporaryFolder: string;
  /** Shared services: asset store, provider registry, logger. Typed by the runtime that builds it. */
  services: StepServices;
}

/**
 * Services a step may use. Declared here as an open interface so the engine stays independent of
 * the store and providers; the runtime (src/runtime) fills it in.
 */
export interface StepServices {
  [name: string]: unknown;
}

/**
 * A step: `Input` is what `run` gets, `AcceptedInput` what its input schema accepts before filling in
 * defaults (what a pipeline node must build), `Output` what it returns.
 */
export interface StepDefinition<Input = unknown, Output = unknown, AcceptedInput = Input> {
  /** Stable id, e.g. `music-video.analyze`; part of the cache key. */
  id: string;
  /** Bump when the step's behaviour changes so old cached outputs are not reused. */
  version: number;
  /** Validates what the step is given; part of the cache key after canonical JSON encoding. */
  input: z.ZodType<Input, AcceptedInput>;
  /** Validates what the step returns; this is what the cache stores (asset ids, not bytes). */
  output: z.ZodType<Output>;
  /** False for steps whose output must never be reused (e.g. anything reading the clock). */
  cacheable?: boolean;
  /**
   * Input fields that name assets the step reads, each an asset id or a list of them. The cache key
   * holds the sha256 of their bytes instead of the ids, so the same file uploaded twice (two ids)
   * reuses this step's output. The output must then not name these ids, or a hit would hand back the
   * other upload's id: the runner keeps no entry whose output does.
   */
  assetInputs?: readonly string[];
  /** Tries in all, including the first, for retryable errors. Default 3. */
  maxAttempts?: number;
  /** Time limit of one attempt in milliseconds; none by default. */
  timeoutMs?: number;
  run(input: Input, context: StepContext): Promise<Output>;
}

/** Declares a step; exists so the types of input and output flow from the zod schemas. */
export function defineStep<InputSchema extends z.ZodType, OutputSchema extends z.ZodType>(definition: {
  id: string;
  version: number;
  input: InputSchema;
  output: OutputSchema;
  cacheable?: boolean;
  assetInputs?: readonly (keyof z.output<InputSchema> & string)[];
  maxAttempts?: number;
  timeoutMs?: number;
  run(input: z.output<InputSchema>, context: StepContext): Promise<z.input<OutputSchema>>;
}): StepDefinition<z.output<InputSchema>, z.output<OutputSchema>, z.input<InputSchema>> {
  return definition as unknown as StepDefinition<z.output<InputSchema>, z.output<OutputSchema>, z.input<InputSchema>>;
}
