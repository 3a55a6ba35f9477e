import type { ProviderWarning } from '../spec/index.ts';

/**
 * The size to ask a Stable Diffusion server for: each side on a multiple of 8 (the latent is an
 * eighth of the picture), at least 64. A warning says so when that differs from the size asked.
 */
export function diffusionImageSize(width: number, height: number, provider: string): { width: number; height: number; warnings: ProviderWarning[] } {
  const round = (side: number) => Math.max(64, Math.round(side / 8) * 8);
  const size = { width: round(width), height: round(height) };
  const warnings: ProviderWarning[] = size.width === width && size.height === height ? [] : [{
    setting: 'width',
    message: `${provider} draws sizes in multiples of 8 pixels, so it drew ${size.width}x${size.height} instead of ${width}x${height}.`,
  }];
  return { ...size, warnings };
}

/** Tells the caller that only the first of several reference images went in. */
export function firstReferenceWarning(count: number, provider: string, how: string): ProviderWarning[] {
  return count > 1
    ? [{ setting: 'referenceImages', message: `${provider} takes one starting picture (${how}); it used the first of the ${count} reference images.` }]
    : [];
}
