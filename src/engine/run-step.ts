import { tmpdir } from 'node:os';
import type { ProviderWarning } from '../providers/spec/common.ts';
import { backoffDelay, sleep } from './backoff.ts';
import { describeZodError, zodIssues } from './describe-zod-error.ts';
import { InvalidOutputError, toKilnError } from './errors/index.ts';
import type { ProgressEvent } from './progress-event.ts';
import { runAttempt } from './run-attempt.ts';
import type { PassedOver, StepContext, StepDefinition, StepServices } from './step.ts';

/** A progress event before the runner stamps it with the job id and the time. */
export type ProgressEventBody = ProgressEvent extends infer Event
  ? Event extends ProgressEvent ? Omit<Event, 'jobId' | 'at'> : never
  : never;

export interface RunStepOptions {
  /** The node's name; events call the step by it. */
  node: string;
  step: StepDefinition;
  /** Already validated by `step.input`. */
  input: unknown;
  jobId: string;
  ownerId: string;
  services: StepServices;
  /** See StepContext.temporaryFolder; default the OS temporary folder. */
  temporaryFolder?: string;
  signal: AbortSignal;
  emit(event: ProgressEventBody): void;
  now(): Date;
  random(): number;
  /** Deletes an asset a failed or abandoned attempt wrote (see StepContext.recordAsset); absent: kept. */
  discardAsset?: (assetId: string) => Promise<void>;
}

export interface StepRunResult {
  output: unknown;
  attempts: number;
  servedBy: string[];
  /** Preferred backends that failed before a later one served, each once. */
  passedOver: PassedOver[];
  assetIds: string[];
  warnings: ProviderWarning[];
}

/** At most this often per step does `step-progress` go out (ten a second); 0 and 1 always go. */
const progressIntervalMs = 100;

/**
 * Runs a step until it succeeds, retrying errors marked retryable up to `step.maxAttempts` (default 3)
 * with backoff and jitter. Emits `step-start` for every attempt and `step-progress` as reported;
 * the validated output is returned, and the first error that is not retried is thrown.
 */
export async function runStep(options: RunStepOptions): Promise<StepRunResult> {
  const { node, step, signal } = options;
  const maxAttempts = Math.max(1, step.maxAttempts ?? 3);
  for (let attempt = 1; ; attempt += 1) {
    options.emit({ type: 'step-start', step: node, attempt });
    // What a failed attempt recorded does not describe the output, so each attempt starts afresh.
    const record = { servedBy: [] as string[], passedOver: [] as PassedOver[], assetIds: [] as string[], warnings: [] as ProviderWarning[] };
    let open = true;
    try {
      const output = await runAttempt(
        (attemptSignal) => step.run(options.input, attemptContext(options, attempt, attemptSignal, record, () => open)),
        { signal, timeoutMs: step.timeoutMs, node },
      ).finally(() => { open = false; });
      return { output: validOutput(step, node, output), attempts: attempt, ...record };
    } catch (thrown) {
      await discard(options, record.assetIds);
      const error = toKilnError(thrown);
      if (!error.isRetryable || attempt >= maxAttempts || signal.aborted) throw error;
      await sleep(backoffDelay(attempt, { random: options.random }), signal);
    }
  }
}

function attemptContext(
  options: RunStepOptions,
  attempt: number,
  signal: AbortSignal,
  record: Omit<StepRunResult, 'output' | 'attempts'>,
  isOpen: () => boolean,
): StepContext {
  const { node, emit, now } = options;
  let lastProgressAt = Number.NEGATIVE_INFINITY;
  return {
    signal,
    jobId: options.jobId,
    ownerId: options.ownerId,
    attempt,
    services: options.services,
    temporaryFolder: options.temporaryFolder ?? tmpdir(),
    // Reports from work that outlived its attempt (it ignored a cancel or timeout) are dropped.
    progress(fraction, message) {
      if (!isOpen() || !Number.isFinite(fraction)) return;
      const clamped = Math.min(1, Math.max(0, fraction));
      const at = now().getTime();
      if (clamped !== 0 && clamped !== 1 && at - lastProgressAt < progressIntervalMs) return;
      lastProgressAt = at;
      emit({ type: 'step-progress', step: node, fraction: clamped, ...(message === undefined ? {} : { message }) });
    },
    servedBy(backendAndModel, passedOver = []) {
      if (!isOpen()) return;
      record.servedBy.push(backendAndModel);
      // A scene-by-scene step passes the same dead backend over many times; the record says it once.
      for (const item of passedOver) {
        if (!record.passedOver.some((known) => known.candidate === item.candidate)) record.passedOver.push({ candidate: item.candidate, reason: item.reason });
      }
    },
    warn(warning) {
      if (isOpen()) record.warnings.push(warning);
    },
    recordAsset(assetId) {
      // An asset arriving after its attempt ended (the step ignored a cancel) describes no output.
      if (!isOpen()) void discard(options, [assetId]);
      else if (!record.assetIds.includes(assetId)) record.assetIds.push(assetId);
    },
  };
}

/** Best effort: an asset that cannot be deleted now (the store is closing) is left as it was. */
async function discard(options: RunStepOptions, assetIds: readonly string[]): Promise<void> {
  if (!options.discardAsset) return;
  for (const assetId of assetIds) await options.discardAsset(assetId).catch(() => undefined);
}

function validOutput(step: StepDefinition, node: string, output: unknown): unknown {
  const parsed = step.output.safeParse(output);
  if (parsed.success) return parsed.data;
  throw new InvalidOutputError(
    `Step \`${node}\` (${step.id}) returned output that does not fit: ${describeZodError(parsed.error)}`,
    { details: { issues: zodIssues(parsed.error) } },
  );
}
