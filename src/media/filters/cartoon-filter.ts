import { greyPlane } from './grey-plane.ts';
import { scratchBytes } from './scratch.ts';
import { paletteIndices, paletteKey } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';
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
  return flattenAndInk(smoothed, settings);
}

const inkTables = new Map<string, Uint8Array>();

/**
 * What a channel value becomes at an edge strength: `table[edge << 8 | value]`, the value snapped
 * to `levels` (or left alone, for palette colours) and darkened by the line's ink. Edge strength is
 * |∂x| + |∂y| by central differences, 0–255: no ink up to the threshold, then a short ramp, so
 * lines have soft sides instead of jagged single pixels.
 */
function inkTable(levels: number | undefined, edgeThreshold: number): Uint8Array {
  const key = `${levels}:${edgeThreshold}`;
  let table = inkTables.get(key);
  if (table) return table;
  const step = levels ? 255 / (levels - 1) : 1;
  const threshold = edgeThreshold * 255;
  const ramp = threshold * 0.75;
  table = new Uint8Array(256 * 256);
  for (let edge = 0; edge < 256; edge++) {
    const keep = 1 - (edge <= threshold ? 0 : Math.min(1, (edge - threshold) / ramp)) * 0.9;
    for (let value = 0; value < 256; value++) table[(edge << 8) | value] = (levels ? Math.round(Math.round(value / step) * step) : value) * keep;
  }
  inkTables.set(key, table);
  return table;
}

const paletteInkTables = new Map<string, Uint8Array>();

/**
 * As `inkTable`, for palette colours: `table[edge << edgeShift | colour << 2 | channel]`, palette
 * colour number `colour` darkened by the line's ink at that edge strength. Small (16 KiB for 16
 * colours), so it stays in the processor's fastest cache beside the palette's own lookup.
 */
function paletteInkTable(palette: Palette, edgeThreshold: number): { table: Uint8Array; edgeShift: number } {
  const edgeShift = 2 + Math.max(1, Math.ceil(Math.log2(palette.colors.length)));
  const key = `${palette.name}:${edgeThreshold}`;
  let table = paletteInkTables.get(key);
  if (!table) {
    const ink = inkTable(undefined, edgeThreshold);
    table = new Uint8Array(256 << edgeShift);
    for (let edge = 0; edge < 256; edge++) {
      palette.colors.forEach((color, index) => {
        for (let channel = 0; channel < 3; channel++) table![(edge << edgeShift) | (index << 2) | channel] = ink[(edge << 8) | color[channel]];
      });
    }
    paletteInkTables.set(key, table);
  }
  return { table, edgeShift };
}

/** The TypeScript pass, in place; kept out of the async function so V8 optimises its loop as a whole. */
function flattenAndInk(smoothed: RawImage, settings: CartoonSettings): RawImage {
  const { width, height, data } = smoothed;
  const grey = greyPlane(smoothed, scratchBytes('cartoon grey', width * height));
  const edgeThreshold = settings.edgeThreshold ?? 0.07;
  const nearest = settings.palette ? paletteIndices(settings.palette) : undefined;
  const { table: ink, edgeShift } = settings.palette
    ? paletteInkTable(settings.palette, edgeThreshold)
    : { table: inkTable(Math.min(256, Math.max(2, Math.round(settings.levels ?? 6))), edgeThreshold), edgeShift: 8 };
  const lastColumn = width - 1;
  for (let y = 0; y < height; y++) {
    const row = y * width, up = (y > 0 ? y - 1 : 0) * width, down = (y < height - 1 ? y + 1 : y) * width;
    for (let x = 0, offset = row * 3; x < width; x++, offset += 3) {
      let edge = Math.abs(grey[row + (x < lastColumn ? x + 1 : x)] - grey[row + (x > 0 ? x - 1 : 0)]) + Math.abs(grey[down + x] - grey[up + x]);
      edge = (edge > 255 ? 255 : edge) << edgeShift;
      if (nearest) {
        const color = edge | (nearest[paletteKey(data[offset], data[offset + 1], data[offset + 2])] << 2);
        data[offset] = ink[color];
        data[offset + 1] = ink[color + 1];
        data[offset + 2] = ink[color + 2];
      } else {
        data[offset] = ink[edge | data[offset]];
        data[offset + 1] = ink[edge | data[offset + 1]];
        data[offset + 2] = ink[edge | data[offset + 2]];
      }
    }
  }
  return smoothed;
}
