import { AllProvidersFailedError, KilnError } from '../engine/errors/index.ts';
import type { FallbackModel } from '../runtime/contracts.ts';
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
} as const satisfies Record<Capability, string>;

/** Errors that mean "try the next backend"; anything else (bad input, invalid output, a 500) stops the list. */
function movesOn(error: unknown): error is KilnError {
  return error instanceof KilnError && (error.code === 'provider_unavailable' || error.code === 'provider_unsupported');
}

export type OnServed = (backendAndModel: string, skipped: { candidate: string; reason: string }[]) => void;

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
): FallbackModel<C> {
  async function call(options: { abortSignal?: AbortSignal }): Promise<unknown> {
    const attempts: Attempt[] = [];
    for (const candidate of candidates) {
      try {
        const model = resolve(candidate) as unknown as Record<string, (options: unknown) => Promise<unknown>>;
        const result = await model[methodOf[capability]](options);
        onServed?.(candidate, attempts.map(({ candidate: skipped, reason }) => ({ candidate: skipped, reason })));
        return result;
      } catch (error) {
        // A cancelled call must not wander down the list.
        if (!movesOn(error) || options.abortSignal?.aborted) throw error;
        attempts.push({ candidate, code: error.code, reason: error.message });
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
