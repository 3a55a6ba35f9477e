import { cellMap } from './cell-map.ts';
import { cellMeans } from './cell-means.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { clampByte, type RawImage } from './raw-image.ts';
import { saturationMatrix, toRawImage, vipsPipeline } from './vips-image.ts';

export interface ImpressionistSettings {
  /** Dab size in pixels. */
  dab?: number;
  palette?: Palette;
}

/**
 * Impressionism as dabs of broken colour: libvips lifts saturation and brightness (light and
 * airy), then the frame is covered in short elongated dabs at varying angles, each one flat
 * colour (its area's mean) with a darker rim where the paint thins. The dabs are fixed per frame size, so they do not swim.
 */
export async function impressionistFilter(image: RawImage, settings: ImpressionistSettings = {}): Promise<RawImage> {
  const bright = await toRawImage(vipsPipeline(image).recomb(saturationMatrix(1.45)).linear(1.05, 10));
  const { width, height, data } = bright;
  const map = cellMap(width, height, Math.max(3, Math.round(settings.dab ?? 7)), 1, 2.2);
  const means = cellMeans(bright, map);
  const palette = settings.palette;
  for (let pixel = 0, offset = 0; pixel < map.cells.length; pixel++, offset += 3) {
    const cell = map.cells[pixel] * 3;
    const shade = map.distance[pixel] > 0.8 ? 0.9 : 1.02;
    let red = means[cell], green = means[cell + 1], blue = means[cell + 2];
    if (palette) [red, green, blue] = nearestPaletteColor(palette, red, green, blue).map((value, channel) => value * 0.4 + [red, green, blue][channel] * 0.6);
    data[offset] = clampByte(red * shade);
    data[offset + 1] = clampByte(green * shade);
    data[offset + 2] = clampByte(blue * shade);
  }
  return bright;
}
