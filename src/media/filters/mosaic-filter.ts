import { cellMap } from './cell-map.ts';
import { cellMeans } from './cell-means.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { clampByte, createRawImage, type RawImage } from './raw-image.ts';

export interface MosaicSettings {
  /** Tile size in pixels. */
  tile?: number;
  palette?: Palette;
  /** The colour of the grout between tiles. */
  grout?: readonly [number, number, number];
}

/**
 * A Roman mosaic: nearly square tiles set slightly out of line, each one flat colour (the mean of
 * its area, or the nearest palette colour), a little lighter on one side as glazed tiles catch the
 * light, with pale grout between. All TypeScript: a mean per tile is one pass, no libvips stage pays.
 */
export function mosaicFilter(image: RawImage, settings: MosaicSettings = {}): RawImage {
  const { width, height } = image;
  const map = cellMap(width, height, Math.max(4, Math.round(settings.tile ?? 12)), 0.25);
  const means = cellMeans(image, map);
  const grout = settings.grout ?? [214, 208, 196];
  const output = createRawImage(width, height);
  for (let pixel = 0, offset = 0; pixel < map.cells.length; pixel++, offset += 3) {
    if (map.borders[pixel] === 1) {
      output.data.set(grout, offset);
      continue;
    }
    const cell = map.cells[pixel] * 3;
    let color = [means[cell], means[cell + 1], means[cell + 2]];
    if (settings.palette) color = [...nearestPaletteColor(settings.palette, color[0], color[1], color[2])];
    const sheen = map.distance[pixel] > 0.7 ? 0.94 : 1.04;
    output.data[offset] = clampByte(color[0] * sheen);
    output.data[offset + 1] = clampByte(color[1] * sheen);
    output.data[offset + 2] = clampByte(color[2] * sheen);
  }
  return output;
}
