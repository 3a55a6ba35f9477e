import { cellMap } from './cell-map.ts';
import { cellMeans } from './cell-means.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { clampByte, type RawImage } from './raw-image.ts';
import { saturationMatrix, toRawImage, vipsPipeline } from './vips-image.ts';

export interface StainedGlassSettings {
  /** Pane size in pixels. */
  pane?: number;
  palette?: Palette;
  /** The colour of the lead between panes. */
  lead?: readonly [number, number, number];
}

/**
 * Stained glass: irregular panes, each one deep, saturated colour (libvips lifts saturation first;
 * a pane takes its area's mean), brighter at the middle where light comes through, joined by dark
 * lead lines two pixels wide.
 */
export async function stainedGlassFilter(image: RawImage, settings: StainedGlassSettings = {}): Promise<RawImage> {
  const rich = await toRawImage(vipsPipeline(image).recomb(saturationMatrix(1.6)));
  const { width, height, data } = rich;
  const map = cellMap(width, height, Math.max(6, Math.round(settings.pane ?? 24)), 0.9);
  const means = cellMeans(rich, map);
  const lead = settings.lead ?? [24, 22, 20];
  for (let pixel = 0, offset = 0; pixel < map.cells.length; pixel++, offset += 3) {
    // A border pixel and the one left of or above it: the lead straddles the join.
    const onLead = map.borders[pixel] === 1 || (pixel % width > 0 && map.borders[pixel - 1] === 1) || (pixel >= width && map.borders[pixel - width] === 1);
    if (onLead) {
      data.set(lead, offset);
      continue;
    }
    const cell = map.cells[pixel] * 3;
    let color = [means[cell], means[cell + 1], means[cell + 2]];
    if (settings.palette) color = [...nearestPaletteColor(settings.palette, color[0], color[1], color[2])];
    const glow = 1.12 - 0.3 * map.distance[pixel];
    data[offset] = clampByte(color[0] * glow);
    data[offset + 1] = clampByte(color[1] * glow);
    data[offset + 2] = clampByte(color[2] * glow);
  }
  return rich;
}
