import { AllProvidersFailedError, CancelledError, KilnError, toKilnError } from '../engine/errors/index.ts';
import type { ProviderWarning } from './spec/common.ts';
import type { Capability, ModelByCapability, ModerationModel, TextModel, TextStreamOptions, TextStreamPart } from './spec/index.ts';
import { streamText } from './stream-text.ts';

/** The one method each capability's model has; the fallback model forwards it. */
const methodOf = {
  text: 'generate',
  image: 'generate',
  restyle: 'restyle',
  speech: 'speak',
  transcription: 'transcribe',
  moderation: 'moderate',
  description: 'describe',
  segmentation: 'segment',
  video: 'generate',
} as const satisfies Record<Capability, string>;
/** The name of a capability's one method (`generate` for images). */
type MethodOf<C extends Capability> = (typeof methodOf)[C];
/** What one call of a capability's model takes (`ImageGenerateOptions` for images). */
export type CallOptionsOf<C extends Capability> = ModelByCapability[C][MethodOf<C> & keyof ModelByCapability[C]] extends (options: infer Options) => unknown ? Options : never;

/** A capability's model that tries the configured backends in order. */
export type FallbackModel<C extends Capability> = ModelByCapability[C] & {
  /** The `backend:model` list it tries, in order. */
  readonly candidates: readonly string[];
};

/** Errors that mean "try the next backend"; anything else (bad input, invalid output, a 500) stops the list. */
function movesOn(error: unknown): error is KilnError {
  return error instanceof KilnError && (error.code === 'provider_unavailable' || error.code === 'provider_unsupported');
}

/** Hears who served a call, who was skipped on the way (and why), and the options the serving try used. */
export type OnServed = (backendAndModel: string, skipped: { candidate: string; reason: string }[], served?: { options: unknown }) => void;

/**
 * One more try at the same backend before the list moves on (the image list's half-size retry,
 * `retryAtHalfSize`). Given a failed try's options and error it returns the options to try once
 * more and a warning the result will carry, or `undefined` to follow the one rule. A backend whose
 * second try fails with an error the policy would retry is passed over like an unavailable one.
 */
export interface RetryPolicy<Options = never> {
  retry(options: Options, error: KilnError, candidate: string): { options: Options; warning: ProviderWarning } | undefined;
}

interface Attempt {
  candidate: string;
  code: string;
  reason: string;
}

/**
 * A model that tries `candidates` in order for each call. `resolve` makes the model for one
 * candidate and may itself throw unavailable/unsupported (unknown backend, unknown model).
 */
export function createFallbackModel<C extends Capability>(
  capability: C,
  candidates: readonly string[],
  resolve: (candidate: string) => ModelByCapability[C],
  onServed?: OnServed,
  retryPolicy?: RetryPolicy<CallOptionsOf<C>>,
): FallbackModel<C> {
  async function call(options: { abortSignal?: AbortSignal }): Promise<unknown> {
    const attempts: Attempt[] = [];
    const signal = options.abortSignal;
    for (const candidate of candidates) {
      let tried = options;
      let retried: ProviderWarning | undefined;
      for (;;) {
        if (signal?.aborted) throw new CancelledError(undefined, { cause: signal.reason });
        try {
          const model = resolve(candidate) as unknown as Record<string, (options: unknown) => Promise<unknown>>;
          // A fresh signal per try: native renderers (resvg's renderAsync) accept a given signal only once.
          const result = await model[methodOf[capability]](signal ? { ...tried, abortSignal: AbortSignal.any([signal]) } : tried);
          onServed?.(candidate, attempts.map(({ candidate: skipped, reason }) => ({ candidate: skipped, reason })), { options: tried });
          return retried ? withWarning(result, retried) : result;
        } catch (thrown) {
          // A cancelled call must not wander down the list.
          if (signal?.aborted) throw thrown;
          const error = toKilnError(thrown);
          const again = retryPolicy?.retry(options as never, error, candidate) as { options: typeof options; warning: ProviderWarning } | undefined;
          if (again && !retried) {
            tried = again.options;
            retried = again.warning;
            continue;
          }
          if (!again && !movesOn(thrown)) throw thrown;
          attempts.push({ candidate, code: error.code, reason: error.message });
          break;
        }
      }
    }
    throw allFailed(capability, attempts);
  }

  /**
   * The same rule for a streamed answer, up to its first part: once text has gone to the caller a
   * failure cannot move on (the next backend would start the answer again), so it ends the stream
   * with an `error` part instead.
   */
  async function* stream(options: TextStreamOptions): AsyncGenerator<TextStreamPart> {
    const attempts: Attempt[] = [];
    for (const candidate of candidates) {
      let started = false;
      try {
        for await (const part of streamText(resolve(candidate) as TextModel, options)) {
          if (!started) {
            started = true;
            onServed?.(candidate, attempts.map(({ candidate: skipped, reason }) => ({ candidate: skipped, reason })));
          }
          yield part;
        }
        return;
      } catch (error) {
        if (started) {
          yield { type: 'error', error };
          return;
        }
        if (!movesOn(error) || options.abortSignal?.aborted) throw error;
        attempts.push({ candidate, code: error.code, reason: error.message });
      }
    }
    throw allFailed(capability, attempts);
  }

  const model: Record<string, unknown> = {
    provider: 'fallback',
    modelId: candidates.join(','),
    candidates,
    [methodOf[capability]]: call,
  };
  if (capability === 'text') model.stream = stream;
  if (capability === 'moderation') {
    // What the list can check as a whole: a candidate that cannot be made contributes nothing.
    Object.defineProperty(model, 'inputs', {
      enumerable: true,
      get: () => {
        const inputs = new Set<'text' | 'image'>();
        for (const candidate of candidates) {
          try {
            for (const input of (resolve(candidate) as ModerationModel).inputs) inputs.add(input);
          } catch {
            // Unknown backend or model: it serves nothing.
          }
        }
        return [...inputs];
      },
    });
  }
  return model as unknown as FallbackModel<C>;
}

function withWarning(result: unknown, warning: ProviderWarning): unknown {
  const answer = result as { warnings?: ProviderWarning[] };
  return { ...answer, warnings: [...(answer.warnings ?? []), warning] };
}

function allFailed(capability: Capability, attempts: Attempt[]): AllProvidersFailedError {
  if (attempts.length === 0) {
    return new AllProvidersFailedError(
      `No backend is configured for ${capability}: list some in capabilities.${capability} or KILN_${capability.toUpperCase()}.`,
      { details: { capability, attempts } },
    );
  }
  const tried = attempts.map((attempt) => `${attempt.candidate} (${attempt.reason.replace(/\.$/, '')})`).join('; ');
  return new AllProvidersFailedError(`No backend could serve ${capability}. Tried ${tried}.`, {
    details: { capability, attempts },
  });
}
