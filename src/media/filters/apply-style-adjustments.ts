import { clampedView } from './colour-tables.ts';
import type { RawImage } from './raw-image.ts';
import type { StyleAdjustments } from './style-words.ts';
import { saturationMatrix, toRawImage, vipsPipeline } from './vips-image.ts';

/**
 * Applies a prompt's adjustments: a Gaussian for soft focus (libvips, on 8-bit pixels), then in one
 * TypeScript pass a colour matrix that does saturation and tint together (each output channel
 * leans toward the tint's channel scaled by the pixel's grey, so shadows stay dark) and a gain for
 * brightness. libvips' own colour matrix works in floating point and cost more than the rest.
 */
export async function applyStyleAdjustments(image: RawImage, adjustments: StyleAdjustments | undefined): Promise<RawImage> {
  if (!adjustments) return image;
  const soft = (adjustments.softness ?? 0) >= 0.3 ? await toRawImage(vipsPipeline(image).blur(adjustments.softness)) : image;
  return gradeColours(soft, adjustments);
}

function gradeColours(image: RawImage, adjustments: StyleAdjustments): RawImage {
  const saturated = saturationMatrix(adjustments.saturation ?? 1);
  const strength = adjustments.tint ? Math.min(1, Math.max(0, adjustments.tintStrength ?? 0.3)) : 0;
  const grey = [0.299, 0.587, 0.114];
  const brightness = adjustments.brightness ?? 1;
  // Rows: output red, green, blue; brightness folded in.
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = saturated.flatMap((row, channel) => row.map((weight, column) => brightness * (weight * (1 - strength) + strength * grey[column] * ((adjustments.tint?.[channel] ?? 128) / 128))));
  const { data: source, width, height } = image;
  const output = new Uint8Array(source.length);
  const data = clampedView(output);
  for (let offset = 0; offset < source.length; offset += 3) {
    const red = source[offset], green = source[offset + 1], blue = source[offset + 2];
    data[offset] = m0 * red + m1 * green + m2 * blue;
    data[offset + 1] = m3 * red + m4 * green + m5 * blue;
    data[offset + 2] = m6 * red + m7 * green + m8 * blue;
  }
  return { data: output, width, height };
}
