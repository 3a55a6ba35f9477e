import type { RetryPolicy } from './fallback-model.ts';
import type { ImageGenerateOptions } from './spec/image.ts';

/** Errors no second try at a smaller size would change: the backend is down or lacks the model, or the answer is final. */
const notRetried = new Set(['provider_unavailable', 'provider_unsupported', 'cancelled', 'unsafe_content']);

/** Half the size, on a multiple of 8 as diffusion models want, and not below 64 pixels. */
export function halfSize(width: number, height: number): { width: number; height: number } {
  const half = (side: number) => Math.max(64, Math.round(side / 2 / 8) * 8);
  return { width: half(width), height: half(height) };
}

/**
 * The image list's out-of-memory rule, as a policy of the one fallback model: a backend that fails
 * (a crash, out of memory, a timeout, a bad answer) is tried once more at half the size, then the
 * list moves on. Backends that are down or lack the model are skipped at once by the one rule.
 */
export const retryAtHalfSize: RetryPolicy<ImageGenerateOptions> = {
  retry(options, error, candidate) {
    if (notRetried.has(error.code)) return undefined;
    const size = halfSize(options.width, options.height);
    return {
      options: { ...options, ...size },
      warning: {
        setting: 'width',
        message: `${candidate} failed at ${options.width}x${options.height} (${error.message.replace(/\.$/, '')}), so it drew at ${size.width}x${size.height}.`,
      },
    };
  },
};
