import type { ProviderWarning } from '../providers/spec/common.ts';
import type { StepCache } from '../runtime/contracts.ts';
import { assetInputContents, namesAnyOf, type AssetSha256 } from './asset-input-contents.ts';
import { outputBoundKey, stepCacheKey } from './cache-key.ts';
import { describeZodError, zodIssues } from './describe-zod-error.ts';
import { BadInputError, CancelledError, ConfigError, KilnError, toKilnError } from './errors/index.ts';
import type { PipelineDefinition } from './pipeline.ts';
import { pipelineOrder } from './pipeline-order.ts';
import type { ProgressEvent } from './progress-event.ts';
import { runGraph } from './run-graph.ts';
import { runStep, type ProgressEventBody } from './run-step.ts';
import type { PassedOver, StepServices } from './step.ts';

export interface RunPipelineOptions {
  jobId: string;
  ownerId: string;
  /** The job's input; validated by the pipeline's schema first (BadInputError when it does not fit). */
  input: unknown;
  /** Aborting it cancels the run: running steps see their signal abort and nothing new starts. */
  signal: AbortSignal;
  /** Where finished steps' outputs are kept; without it every step runs. */
  cache?: StepCache;
  /**
   * The sha256 of an asset's bytes, for the keys of steps that declare asset inputs: the same file
   * uploaded twice then reuses their outputs. Without it those inputs are keyed by id.
   */
  assetSha256?: AssetSha256;
  services?: StepServices;
  onEvent?: (event: ProgressEvent) => void;
  /** Most nodes running at once when the graph allows it. Default 2. */
  concurrency?: number;
  /** Handed to steps as `context.temporaryFolder`; it must exist. Default the OS temporary folder. */
  temporaryFolder?: string;
  /** Clock for event times, durations and progress throttling; injectable for tests. */
  now?: () => Date;
  /** Uniform in [0, 1) for retry jitter; injectable for tests. */
  random?: () => number;
  /** Deletes an asset a failed or abandoned step attempt wrote; without it such assets stay. */
  discardAsset?: (assetId: string) => Promise<void>;
}

export interface NodeResult {
  /** Cache key of the node; downstream keys are built from it. */
  key: string;
  /** True when the output came from the cache and the step did not run. */
  cached: boolean;
  output: unknown;
  durationMs: number;
  /** Attempts the step took; 0 when cached. */
  attempts: number;
  servedBy: string[];
  /** Preferred backends that failed before a later one served (see StepContext.servedBy). */
  passedOver: PassedOver[];
  assetIds: string[];
  /** Settings a backend ignored while serving the step. */
  warnings: ProviderWarning[];
}

export interface PipelineRunResult<Output = unknown> {
  output: Output;
  nodes: Record<string, NodeResult>;
}

/**
 * Runs a pipeline's graph for one job. Before anything runs, a broken graph (unknown `after` name,
 * cycle) throws ConfigError and input that does not fit throws BadInputError; neither emits events.
 * Then the events are: `job-start` (node names in run order); per node that runs, `step-start` for
 * each attempt, `step-progress` as reported, then `step-end`; a node served from the cache emits only
 * `step-end` with `cached: true`. Finally `job-end`, or `job-error` (with the failing node as `step`;
 * none on cancel) and the promise rejects with that KilnError.
 */
export async function runPipeline<JobInput, Output>(
  pipeline: PipelineDefinition<JobInput, Output>,
  options: RunPipelineOptions,
): Promise<PipelineRunResult<Output>> {
  const order = pipelineOrder(pipeline);
  const concurrency = options.concurrency ?? 2;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new ConfigError(`Concurrency must be a whole number of at least 1, not ${concurrency}.`);
  }
  const parsed = pipeline.input.safeParse(options.input);
  if (!parsed.success) {
    throw new BadInputError(
      `The input does not fit the \`${pipeline.id}\` pipeline: ${describeZodError(parsed.error)}`,
      { details: { issues: zodIssues(parsed.error) } },
    );
  }
  const jobInput = parsed.data;
  const { signal, jobId, ownerId, cache } = options;
  if (signal.aborted) throw new CancelledError(undefined, { cause: signal.reason });
  const now = options.now ?? (() => new Date());
  const emit = (body: ProgressEventBody) =>
    options.onEvent?.({ ...body, jobId, at: now().toISOString() } as ProgressEvent);

  const names = order.filter((name) => pipeline.nodes[name].when?.(jobInput) ?? true);
  const present = new Set(names);
  const afterOf = (name: string) => (pipeline.nodes[name].after ?? []).filter((dependency) => present.has(dependency));
  const results: Record<string, NodeResult> = {};

  const runNode = async (name: string): Promise<NodeResult> => {
    const { step, input: buildInput } = pipeline.nodes[name];
    const startedAt = now().getTime();
    const after = afterOf(name);
    const upstream = Object.fromEntries(after.map((dependency) => [dependency, results[dependency].output]));
    const upstreamKeys = Object.fromEntries(after.map((dependency) => [dependency, results[dependency].key]));
    const parsedInput = step.input.safeParse(buildInput(jobInput, upstream));
    if (!parsedInput.success) {
      throw new BadInputError(
        `Step \`${name}\` (${step.id}) got input that does not fit: ${describeZodError(parsedInput.error)}`,
        { details: { issues: zodIssues(parsedInput.error) } },
      );
    }
    const input = parsedInput.data;
    const assets = cache && options.assetSha256 && step.assetInputs?.length
      ? await assetInputContents(step, input, ownerId, options.assetSha256) : undefined;
    const assetContents = assets === undefined || assets === 'missing' ? undefined : assets.contents;
    const key = stepCacheKey({ stepId: step.id, version: step.version, ownerId, input, upstreamKeys, assetContents });
    // An input asset the owner no longer has: the step runs (and says so) rather than answer from the cache.
    const cacheable = step.cacheable !== false && assets !== 'missing';
    const finish = (result: Omit<NodeResult, 'durationMs'>): NodeResult => {
      const durationMs = Math.max(0, now().getTime() - startedAt);
      const { cached, servedBy, passedOver, assetIds } = result;
      emit({ type: 'step-end', step: name, cached, durationMs, servedBy, ...(passedOver.length > 0 ? { passedOver } : {}), assetIds });
      return { ...result, durationMs };
    };

    const hit = cacheable ? await cache?.get(key) : undefined;
    // An entry that no longer fits the schema (changed without a version bump) is run again, not trusted.
    const reusable = hit === undefined ? undefined : step.output.safeParse(hit.output);
    if (hit !== undefined && reusable?.success) {
      const assetIds = [...hit.assetIds];
      return finish({ key, cached: true, output: reusable.data, attempts: 0, servedBy: [], passedOver: [], assetIds, warnings: [] });
    }

    const run = await runStep({
      node: name, step, input, jobId, ownerId, signal, emit, now,
      services: options.services ?? {},
      temporaryFolder: options.temporaryFolder,
      random: options.random ?? Math.random,
      discardAsset: options.discardAsset,
    });
    // Work a fallback did after a preferred backend failed is not kept: the next run asks that backend
    // again (it may be back) instead of reusing the fallback's result for ever. Nodes after it then
    // follow its output, as after a step that is never cached.
    // An output naming its own input assets would, on a hit from another upload of the same bytes,
    // hand back that upload's ids: such an output is not kept (the step declares assetInputs wrongly).
    const namesInputs = assets !== undefined && assets !== 'missing' && namesAnyOf(run.output, assets.ids);
    const kept = cacheable && run.passedOver.length === 0 && !namesInputs;
    if (kept) await cache?.set(key, { ownerId, stepId: step.id, output: run.output, assetIds: run.assetIds });
    const nodeKey = kept ? key : outputBoundKey(key, run.output);
    return finish({ key: nodeKey, cached: false, ...run });
  };

  emit({ type: 'job-start', steps: names });
  try {
    await runGraph(names.map((name) => ({ name, after: afterOf(name) })), {
      concurrency,
      signal,
      run: async (name) => {
        try {
          results[name] = await runNode(name);
        } catch (error) {
          throw withStep(toKilnError(error), name);
        }
      },
    });
    const outputs = Object.fromEntries(names.map((name) => [name, results[name].output]));
    const output = pipeline.output(jobInput, outputs);
    emit({ type: 'job-end', output });
    return { output, nodes: results };
  } catch (thrown) {
    const error = toKilnError(thrown);
    const step = typeof error.details?.step === 'string' ? error.details.step : undefined;
    emit({ type: 'job-error', code: error.code, message: error.message, ...(step === undefined ? {} : { step }) });
    throw error;
  }
}

/** Notes the failing node on the error itself, so the job record and the caller both see it. */
function withStep(error: KilnError, step: string): KilnError {
  (error as { details?: Record<string, unknown> }).details = { ...error.details, step };
  return error;
}
