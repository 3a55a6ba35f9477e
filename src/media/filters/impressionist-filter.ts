import { cellMap, type CellMap } from './cell-map.ts';
import { cellMeans } from './cell-means.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import { createRawImage, type RawImage } from './raw-image.ts';

export interface ImpressionistSettings {
  /** Dab size in pixels. */
  dab?: number;
  palette?: Palette;
}

const lightTables = new Map<string, Uint8Array>();

/** Saturation 1.45 around grey, then ×1.05 + 10, clamped, read as `table[grey << 8 | channel]`. */
function lightAndAiry(): Uint8Array {
  let table = lightTables.get('default');
  if (table) return table;
  table = new Uint8Array(256 * 256);
  for (let grey = 0; grey < 256; grey++) {
    for (let value = 0; value < 256; value++) table[(grey << 8) | value] = Math.min(255, Math.max(0, Math.round((grey + 1.45 * (value - grey)) * 1.05 + 10)));
  }
  lightTables.set('default', table);
  return table;
}

const rims = new WeakMap<CellMap, Uint8Array>();

/** 3 where a pixel lies near its dab's rim (the darker edge of the paint), 0 inside. */
function rimOffsets(map: CellMap): Uint8Array {
  let rim = rims.get(map);
  if (!rim) {
    rim = new Uint8Array(map.distance.length);
    for (let pixel = 0; pixel < rim.length; pixel++) rim[pixel] = map.distance[pixel] > 0.8 ? 3 : 0;
    rims.set(map, rim);
  }
  return rim;
}

/**
 * Impressionism as dabs of broken colour: saturation and brightness lifted (light and airy), then
 * the frame is covered in short elongated dabs at varying angles, each one flat colour (its area's
 * mean) with a darker rim where the paint thins. The dabs are fixed per frame size, so they do not
 * swim. All TypeScript: the lift is a table read while the dab means are summed, so the lifted
 * picture is never made, and each pixel is then one of its dab's two colours.
 */
export function impressionistFilter(image: RawImage, settings: ImpressionistSettings = {}): RawImage {
  const { width, height } = image;
  const map = cellMap(width, height, Math.max(3, Math.round(settings.dab ?? 7)), 1, 2.2);
  const means = cellMeans(image, map, lightAndAiry());
  const palette = settings.palette;
  // Per dab: its colour inside (×1.02), then at the rim (×0.9).
  const colors = new Uint8Array(map.cellCount * 6);
  for (let cell = 0; cell < map.cellCount; cell++) {
    let red = means[cell * 3], green = means[cell * 3 + 1], blue = means[cell * 3 + 2];
    if (palette) {
      const near = nearestPaletteColor(palette, red, green, blue);
      red = near[0] * 0.4 + red * 0.6; green = near[1] * 0.4 + green * 0.6; blue = near[2] * 0.4 + blue * 0.6;
    }
    for (const [at, shade] of [[0, 1.02], [3, 0.9]]) {
      colors[cell * 6 + at] = Math.min(255, red * shade + 0.5);
      colors[cell * 6 + at + 1] = Math.min(255, green * shade + 0.5);
      colors[cell * 6 + at + 2] = Math.min(255, blue * shade + 0.5);
    }
  }
  const output = createRawImage(width, height);
  const { data } = output;
  const { cells } = map;
  const rim = rimOffsets(map);
  for (let pixel = 0, offset = 0; pixel < cells.length; pixel++, offset += 3) {
    const color = cells[pixel] * 6 + rim[pixel];
    data[offset] = colors[color];
    data[offset + 1] = colors[color + 1];
    data[offset + 2] = colors[color + 2];
  }
  return output;
}
