import type { Color, Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';

/** 32 levels per channel: fine enough that neighbours in a cell share their nearest colour. */
const cellBits = 5;
const lookups = new Map<string, Uint8Array>();

/**
 * For every cell of a 32×32×32 colour cube, the index of the nearest palette colour (by a
 * perceptually weighted distance). Built once per palette, then mapping a frame is one lookup per pixel.
 */
function lookupFor(palette: Palette): Uint8Array {
  const cached = lookups.get(palette.name);
  if (cached) return cached;
  const cells = 1 << cellBits;
  const table = new Uint8Array(cells * cells * cells);
  const half = 1 << (7 - cellBits);
  for (let red = 0; red < cells; red++) {
    for (let green = 0; green < cells; green++) {
      for (let blue = 0; blue < cells; blue++) {
        const color: Color = [(red << (8 - cellBits)) + half, (green << (8 - cellBits)) + half, (blue << (8 - cellBits)) + half];
        table[(red << (2 * cellBits)) | (green << cellBits) | blue] = nearestIndex(palette.colors, color);
      }
    }
  }
  lookups.set(palette.name, table);
  return table;
}

function nearestIndex(colors: readonly Color[], color: Color): number {
  let best = 0;
  let bestDistance = Infinity;
  colors.forEach((candidate, index) => {
    // Weights close to the eye's sensitivity ("redmean" without the mean term): green matters most.
    const distance = 2 * (candidate[0] - color[0]) ** 2 + 4 * (candidate[1] - color[1]) ** 2 + 3 * (candidate[2] - color[2]) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = index;
    }
  });
  return best;
}

/**
 * For a filter's own per-pixel loop, by a colour's key (`paletteKey`): `index`, the first of the
 * nearest colour's three entries in `colors`; and `packed`, the nearest colour itself as
 * 0xRRGGBB. A pixel is snapped with one or two lookups and no allocation.
 */
export interface PaletteTable {
  index: Uint16Array;
  colors: Uint8Array;
  packed: Uint32Array;
}

const tables = new Map<string, PaletteTable>();

export function paletteTable(palette: Palette): PaletteTable {
  const cached = tables.get(palette.name);
  if (cached) return cached;
  const lookup = lookupFor(palette);
  const index = new Uint16Array(lookup.length);
  for (let key = 0; key < lookup.length; key++) index[key] = lookup[key] * 3;
  const packed = new Uint32Array(lookup.length);
  for (let key = 0; key < lookup.length; key++) {
    const [red, green, blue] = palette.colors[lookup[key]];
    packed[key] = (red << 16) | (green << 8) | blue;
  }
  const table = { index, colors: Uint8Array.from(palette.colors.flat()), packed };
  tables.set(palette.name, table);
  return table;
}

/** For each key (`paletteKey`), the number of the nearest palette colour (its index in `palette.colors`). */
export function paletteIndices(palette: Palette): Uint8Array {
  return lookupFor(palette);
}

/** The key of an RGB colour (channels 0–255, integers or not) in a `PaletteTable`. */
export function paletteKey(red: number, green: number, blue: number): number {
  return ((red >> 3) << 10) | ((green >> 3) << 5) | (blue >> 3);
}

/** The palette colour nearest to an RGB colour (channels 0–255, integers). */
export function nearestPaletteColor(palette: Palette, red: number, green: number, blue: number): Color {
  const shift = 8 - cellBits;
  return palette.colors[lookupFor(palette)[((red >> shift) << (2 * cellBits)) | ((green >> shift) << cellBits) | (blue >> shift)]];
}

/** Replaces every pixel by its nearest palette colour, in place. */
export function mapToPalette(image: RawImage, palette: Palette): RawImage {
  const table = lookupFor(palette);
  const { data } = image;
  const shift = 8 - cellBits;
  for (let offset = 0; offset < data.length; offset += 3) {
    const color = palette.colors[table[((data[offset] >> shift) << (2 * cellBits)) | ((data[offset + 1] >> shift) << cellBits) | (data[offset + 2] >> shift)]];
    data[offset] = color[0];
    data[offset + 1] = color[1];
    data[offset + 2] = color[2];
  }
  return image;
}
