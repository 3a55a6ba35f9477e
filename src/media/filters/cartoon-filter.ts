import { edgeAwareSmooth } from './edge-aware-smooth.ts';
import type { Palette } from './palettes.ts';
import { quantizeColors } from './quantize-colors.ts';
import { luminance, type RawImage } from './raw-image.ts';
import { gradientMagnitude, sobelGradient } from './sobel-gradient.ts';

export interface CartoonSettings {
  /** Colour levels per channel after smoothing (ignored with a palette). */
  levels?: number;
  palette?: Palette;
  /** Edge strength (0–1) from which a line is drawn; lower draws more lines. */
  edgeThreshold?: number;
  /** How far the edge-preserving smoothing reaches, in pixels. */
  smoothing?: number;
}

/**
 * The cartoon look in three steps: edge-preserving smoothing flattens skin and walls without
 * blurring outlines, colour quantisation turns the flat areas into a few fills, and dark lines are
 * drawn where the smoothed picture has strong edges. Edges come from the smoothed picture, not the
 * quantised one, so lines follow shapes rather than the steps between fills.
 */
export function cartoonFilter(image: RawImage, settings: CartoonSettings = {}): RawImage {
  const smoothed = edgeAwareSmooth(image, { spatialSigma: settings.smoothing ?? 24, rangeSigma: 0.3, iterations: 2 });
  const edges = gradientMagnitude(sobelGradient(luminance(smoothed), smoothed.width, smoothed.height));
  const output = quantizeColors(smoothed, { levels: settings.levels ?? 6, palette: settings.palette });
  const threshold = settings.edgeThreshold ?? 0.12;
  // A short ramp above the threshold gives lines soft sides instead of jagged single pixels.
  const ramp = threshold * 0.75;
  const { data } = output;
  for (let pixel = 0; pixel < edges.length; pixel++) {
    const ink = Math.min(1, Math.max(0, (edges[pixel] - threshold) / ramp));
    if (ink === 0) continue;
    const keep = 1 - ink * 0.9;
    const offset = pixel * 3;
    data[offset] *= keep;
    data[offset + 1] *= keep;
    data[offset + 2] *= keep;
  }
  return output;
}
