import { AllProvidersFailedError, CancelledError, KilnError, toKilnError } from '../../engine/errors/index.ts';
import type { ProviderWarning } from '../../providers/spec/common.ts';
import type { ImageGenerateOptions, ImageGenerateResult } from '../../providers/spec/image.ts';
import type { ProviderRegistry } from '../../runtime/contracts.ts';

export interface GenerateImageHooks {
  /** Hears the `backend:model` that served the picture (a step passes `context.servedBy`). */
  servedBy(backendAndModel: string): void;
  /** Hears settings that were lowered to get a picture at all. */
  warn(warning: ProviderWarning): void;
}

export interface GeneratedImage {
  result: ImageGenerateResult;
  servedBy: string;
  /** The size asked of the backend that served; smaller than requested after a retry with lower settings. */
  width: number;
  height: number;
}

/** Errors that mean this backend cannot serve at all: go to the next one without a second try. */
const skipAtOnce = new Set(['provider_unavailable', 'provider_unsupported']);
/** Errors no backend or setting would change. */
const stopAtOnce = new Set(['cancelled', 'unsafe_content']);

/** Half the size, on a multiple of 8 as diffusion models want, and not below 64 pixels. */
export function lowerSettings(width: number, height: number): { width: number; height: number } {
  const half = (side: number) => Math.max(64, Math.round(side / 2 / 8) * 8);
  return { width: half(width), height: half(height) };
}

/**
 * Generates one picture through the `image` fallback list with the seed design's out-of-memory
 * rule: a backend that fails (a crash, out of memory, a timeout, a bad answer) is tried once more at
 * half the size, then the next backend is tried. Backends that are down or lack the model are
 * skipped at once, as the registry's own fallback does. The one that served is reported.
 */
export async function generateImageWithFallback(
  providers: ProviderRegistry,
  request: ImageGenerateOptions,
  hooks: GenerateImageHooks,
): Promise<GeneratedImage> {
  const attempts: { candidate: string; code: string; reason: string }[] = [];
  const signal = request.abortSignal;
  for (const candidate of providers.candidates('image')) {
    const settings = [{ width: request.width, height: request.height }, lowerSettings(request.width, request.height)];
    for (const [index, size] of settings.entries()) {
      if (signal?.aborted) throw new CancelledError(undefined, { cause: signal.reason });
      try {
        const model = providers.modelById('image', candidate);
        // A fresh signal per call: native renderers (resvg's renderAsync) accept a given signal only once.
        const abortSignal = signal ? AbortSignal.any([signal]) : undefined;
        const result = await model.generate({ ...request, ...size, abortSignal });
        hooks.servedBy(candidate);
        if (index > 0) {
          hooks.warn({
            setting: 'width',
            message: `${candidate} failed at ${request.width}x${request.height} (${attempts.at(-1)?.reason ?? 'error'}), so it drew at ${size.width}x${size.height}.`,
          });
        }
        return { result, servedBy: candidate, ...size };
      } catch (thrown) {
        const error = toKilnError(thrown);
        if (stopAtOnce.has(error.code) || signal?.aborted) throw error;
        attempts.push({ candidate, code: error.code, reason: error.message.replace(/\.$/, '') });
        if (skipAtOnce.has(error.code)) break;
      }
    }
  }
  throw noBackendServed(attempts);
}

function noBackendServed(attempts: { candidate: string; code: string; reason: string }[]): KilnError {
  if (attempts.length === 0) {
    return new AllProvidersFailedError('No backend is configured for image: list some in capabilities.image or KILN_IMAGE.', {
      details: { capability: 'image', attempts },
    });
  }
  const tried = attempts.map((attempt) => `${attempt.candidate} (${attempt.reason})`).join('; ');
  return new AllProvidersFailedError(`No backend could draw the picture. Tried ${tried}.`, { details: { capability: 'image', attempts } });
}
