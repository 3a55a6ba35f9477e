import { cellMap, type CellMap } from './cell-map.ts';
import { cellMeans } from './cell-means.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { createRawImage, type RawImage } from './raw-image.ts';

export interface MosaicSettings {
  /** Tile size in pixels. */
  tile?: number;
  palette?: Palette;
  /** The colour of the grout between tiles. */
  grout?: readonly [number, number, number];
}

const layouts = new WeakMap<CellMap, Int32Array>();

/**
 * Where each pixel's colour comes from in the per-tile colour list: its tile's sunlit or shaded
 * colour (6 entries a tile), or −1 for grout. Fixed per map, so made once.
 */
function layoutFor(map: CellMap): Int32Array {
  let layout = layouts.get(map);
  if (!layout) {
    layout = new Int32Array(map.cells.length);
    for (let pixel = 0; pixel < layout.length; pixel++) layout[pixel] = map.borders[pixel] === 1 ? -1 : map.cells[pixel] * 6 + (map.distance[pixel] > 0.7 ? 3 : 0);
    layouts.set(map, layout);
  }
  return layout;
}

/**
 * A Roman mosaic: nearly square tiles set slightly out of line, each one flat colour (the mean of
 * its area, or the nearest palette colour), a little lighter on one side as glazed tiles catch the
 * light, with pale grout between. All TypeScript: a mean per tile is one pass, no libvips stage
 * pays; each pixel is then one of its tile's two colours or grout.
 */
export function mosaicFilter(image: RawImage, settings: MosaicSettings = {}): RawImage {
  const { width, height } = image;
  const map = cellMap(width, height, Math.max(4, Math.round(settings.tile ?? 12)), 0.25);
  const means = cellMeans(image, map);
  const [groutRed, groutGreen, groutBlue] = settings.grout ?? [214, 208, 196];
  const colors = new Uint8Array(map.cellCount * 6);
  for (let cell = 0; cell < map.cellCount; cell++) {
    let red = means[cell * 3], green = means[cell * 3 + 1], blue = means[cell * 3 + 2];
    if (settings.palette) [red, green, blue] = nearestPaletteColor(settings.palette, red, green, blue);
    // Sunlit inside (×1.04), shaded toward the edge (×0.94).
    colors[cell * 6] = Math.min(255, red * 1.04 + 0.5);
    colors[cell * 6 + 1] = Math.min(255, green * 1.04 + 0.5);
    colors[cell * 6 + 2] = Math.min(255, blue * 1.04 + 0.5);
    colors[cell * 6 + 3] = red * 0.94 + 0.5;
    colors[cell * 6 + 4] = green * 0.94 + 0.5;
    colors[cell * 6 + 5] = blue * 0.94 + 0.5;
  }
  const output = createRawImage(width, height);
  const { data } = output;
  const layout = layoutFor(map);
  for (let pixel = 0, offset = 0; pixel < layout.length; pixel++, offset += 3) {
    const color = layout[pixel];
    if (color < 0) {
      data[offset] = groutRed; data[offset + 1] = groutGreen; data[offset + 2] = groutBlue;
    } else {
      data[offset] = colors[color]; data[offset + 1] = colors[color + 1]; data[offset + 2] = colors[color + 2];
    }
  }
  return output;
}
