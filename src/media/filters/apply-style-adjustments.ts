import type { Matrix3x3 } from 'sharp';
import type { RawImage } from './raw-image.ts';
import type { StyleAdjustments } from './style-words.ts';
import { saturationMatrix, toRawImage, vipsPipeline } from './vips-image.ts';

/**
 * Applies a prompt's adjustments in one libvips pipeline: a Gaussian for soft focus, then one
 * colour matrix that does saturation and tint together (each output channel leans toward the
 * tint's channel scaled by the pixel's grey, so shadows stay dark), then a linear gain for brightness.
 */
export async function applyStyleAdjustments(image: RawImage, adjustments: StyleAdjustments | undefined): Promise<RawImage> {
  if (!adjustments) return image;
  const saturated = saturationMatrix(adjustments.saturation ?? 1);
  const strength = adjustments.tint ? Math.min(1, Math.max(0, adjustments.tintStrength ?? 0.3)) : 0;
  const grey = [0.299, 0.587, 0.114];
  const matrix = saturated.map((row, channel) => row.map((weight, column) => weight * (1 - strength) + strength * grey[column] * ((adjustments.tint?.[channel] ?? 128) / 128))) as Matrix3x3;
  let pipeline = vipsPipeline(image).recomb(matrix).linear(adjustments.brightness ?? 1, 0);
  if ((adjustments.softness ?? 0) >= 0.3) pipeline = pipeline.blur(adjustments.softness);
  return toRawImage(pipeline);
}
