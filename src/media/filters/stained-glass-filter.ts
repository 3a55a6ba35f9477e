import { cellMap, type CellMap } from './cell-map.ts';
import { cellMeans } from './cell-means.ts';
import { saturationTable } from './colour-tables.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { createRawImage, type RawImage } from './raw-image.ts';

export interface StainedGlassSettings {
  /** Pane size in pixels. */
  pane?: number;
  palette?: Palette;
  /** The colour of the lead between panes. */
  lead?: readonly [number, number, number];
}

const glows = new WeakMap<CellMap, Uint16Array>();

/**
 * Per pixel, how much light comes through its pane there: 1.12 at the pane's middle falling to
 * 0.82 at its edge, in 256ths; 0 on the lead, two pixels wide (a border pixel, and the one right of
 * or below one, so the lead straddles the join). Fixed per map, so made once.
 */
function glowFor(map: CellMap, width: number): Uint16Array {
  let glow = glows.get(map);
  if (!glow) {
    glow = new Uint16Array(map.cells.length);
    const { borders } = map;
    for (let pixel = 0; pixel < glow.length; pixel++) {
      const onLead = borders[pixel] === 1 || (pixel % width > 0 && borders[pixel - 1] === 1) || (pixel >= width && borders[pixel - width] === 1);
      glow[pixel] = onLead ? 0 : Math.round(256 * (1.12 - 0.3 * map.distance[pixel]));
    }
    glows.set(map, glow);
  }
  return glow;
}

/**
 * Stained glass: irregular panes, each one deep, saturated colour (a pane takes its area's mean,
 * with saturation lifted 1.6 times), brighter at the middle where light comes through, joined by
 * dark lead lines two pixels wide. All TypeScript: the saturation is a table read while the pane
 * means are summed, so the saturated picture is never made.
 */
export function stainedGlassFilter(image: RawImage, settings: StainedGlassSettings = {}): RawImage {
  const { width, height } = image;
  const map = cellMap(width, height, Math.max(6, Math.round(settings.pane ?? 24)), 0.9);
  const means = cellMeans(image, map, saturationTable(1.6));
  if (settings.palette) {
    for (let cell = 0; cell < map.cellCount; cell++) means.set(nearestPaletteColor(settings.palette, means[cell * 3], means[cell * 3 + 1], means[cell * 3 + 2]), cell * 3);
  }
  const colors = Int32Array.from(means, Math.round);
  const [leadRed, leadGreen, leadBlue] = settings.lead ?? [24, 22, 20];
  const output = createRawImage(width, height);
  const { data } = output;
  const { cells } = map;
  const glow = glowFor(map, width);
  for (let pixel = 0, offset = 0; pixel < cells.length; pixel++, offset += 3) {
    const light = glow[pixel];
    if (light === 0) {
      data[offset] = leadRed; data[offset + 1] = leadGreen; data[offset + 2] = leadBlue;
      continue;
    }
    const cell = cells[pixel] * 3;
    const red = (colors[cell] * light + 128) >> 8, green = (colors[cell + 1] * light + 128) >> 8, blue = (colors[cell + 2] * light + 128) >> 8;
    data[offset] = red > 255 ? 255 : red;
    data[offset + 1] = green > 255 ? 255 : green;
    data[offset + 2] = blue > 255 ? 255 : blue;
  }
  return output;
}
