import { edgeStrength } from './edge-strength.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { luminance, type RawImage } from './raw-image.ts';
import { toRawImage, vipsPipeline } from './vips-image.ts';

export interface CartoonSettings {
  /** Colour levels per channel after smoothing (ignored with a palette). */
  levels?: number;
  palette?: Palette;
  /** Edge strength (0–1) from which a line is drawn; lower draws more lines. */
  edgeThreshold?: number;
  /** Gaussian sigma of the smoothing, in pixels; wider flattens more and thickens lines. */
  smoothing?: number;
}

/**
 * The cartoon look: libvips blurs away grain and texture, then one pass in TypeScript snaps each
 * channel to a few levels (or the palette) and inks pixels where the blurred brightness changes
 * fast. Lines come from the blurred picture, not the quantised one, so they follow shapes rather
 * than the steps between fills; the blur's width sets the line's width.
 */
export async function cartoonFilter(image: RawImage, settings: CartoonSettings = {}): Promise<RawImage> {
  const smoothed = await toRawImage(vipsPipeline(image).blur(settings.smoothing ?? 1.5));
  const { width, height } = smoothed;
  const edges = edgeStrength(luminance(smoothed), width, height, 1, 2);
  const levels = Math.min(256, Math.max(2, Math.round(settings.levels ?? 6)));
  const step = 255 / (levels - 1);
  const table = new Uint8Array(256);
  for (let value = 0; value < 256; value++) table[value] = Math.round(Math.round(value / step) * step);
  const threshold = (settings.edgeThreshold ?? 0.07) * 255;
  // A short ramp above the threshold gives lines soft sides instead of jagged single pixels.
  const ramp = threshold * 0.75;
  const { data } = smoothed;
  const palette = settings.palette;
  for (let pixel = 0, offset = 0; pixel < edges.length; pixel++, offset += 3) {
    let red = table[data[offset]], green = table[data[offset + 1]], blue = table[data[offset + 2]];
    if (palette) [red, green, blue] = nearestPaletteColor(palette, data[offset], data[offset + 1], data[offset + 2]);
    const ink = edges[pixel] <= threshold ? 0 : Math.min(1, (edges[pixel] - threshold) / ramp);
    const keep = 1 - ink * 0.9;
    data[offset] = red * keep;
    data[offset + 1] = green * keep;
    data[offset + 2] = blue * keep;
  }
  return smoothed;
}
