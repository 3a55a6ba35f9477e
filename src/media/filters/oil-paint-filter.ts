import { saturationTable } from './colour-tables.ts';
import { fixedNoise } from './fixed-noise.ts';
import { createShrunkPlane, smoothPlane } from './grey-plane.ts';
import { nearestPaletteColor } from './nearest-palette-color.ts';
import type { Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';
import { toRawImage, vipsPipeline } from './vips-image.ts';

export interface OilPaintSettings {
  /** Brush stroke length in pixels. */
  brush?: number;
  /** Colour boost, 1 leaves saturation alone. */
  saturation?: number;
  /** Pulls colours a share of the way (0–1) toward the palette's nearest colour. */
  palette?: Palette;
  paletteStrength?: number;
}

/**
 * Oil paint with strokes that follow the picture. libvips softens the picture; TypeScript takes a
 * broadly blurred grey (sigma about 4, on a plane a quarter the size) whose gradient says which
 * way each region's contours run. One pass then lifts the saturation and lays one of four fixed
 * streak textures (across, down, two diagonals) over each pixel, the one running along the
 * contour, so strokes wrap round a face and run along a horizon; light falls on each stroke's
 * ridge as on impasto.
 */
export async function oilPaintFilter(image: RawImage, settings: OilPaintSettings = {}): Promise<RawImage> {
  const paint = await toRawImage(vipsPipeline(image).blur(1.2));
  return layStrokes(paint, settings);
}

const ridgeSets = new Map<string, Uint16Array>();
let lightTable: Uint8Array | undefined;

/** `table[ridge << 8 | channel]`: a channel lit by a ridge light in 256ths (up to 320), rounded, at most 255. */
function ridgeLight(): Uint8Array {
  if (!lightTable) {
    lightTable = new Uint8Array(321 * 256);
    for (let ridge = 0; ridge <= 320; ridge++) {
      for (let value = 0; value < 256; value++) lightTable[(ridge << 8) | value] = Math.min(255, (value * ridge + 128) >> 8);
    }
  }
  return lightTable;
}

/**
 * The four streak textures' light on the stroke ridge (0.75–1.25, in 256ths), interleaved per
 * pixel (`ridges[pixel * 4 + direction]`) so a pixel's four choices sit together. Fixed per size.
 */
function ridgesFor(width: number, height: number, length: number): Uint16Array {
  const key = `${width}x${height}:${length}`;
  let ridges = ridgeSets.get(key);
  if (!ridges) {
    ridges = new Uint16Array(width * height * 4);
    for (const direction of [0, 1, 2, 3] as const) {
      const streak = fixedNoise(width, height, 0, { direction, length });
      for (let pixel = 0; pixel < streak.length; pixel++) ridges[pixel * 4 + direction] = Math.round(256 * (0.75 + 0.5 * streak[pixel]));
    }
    ridgeSets.set(key, ridges);
  }
  return ridges;
}

/**
 * Which way strokes run in each 4 × 4 block (0 across, 1 down, 2 and 3 the diagonals), from a
 * quarter-size grey: 2 × 2 samples of each block (the picture is already softened), smoothed twice
 * with 1 2 1, which comes to a blur of sigma about 4. The stroke runs across the gradient: a
 * brightness change from left to right makes upright strokes.
 */
function strokeDirections(paint: RawImage): Uint8Array {
  const { width, height, data } = paint;
  const grey = createShrunkPlane(width, height, 4);
  const counts = new Float32Array(grey.values.length);
  for (let y = 1; y < height; y += 2) {
    const shrunkRow = (y >> 2) * grey.width;
    for (let x = 1, offset = (y * width + 1) * 3; x < width; x += 2, offset += 6) {
      grey.values[shrunkRow + (x >> 2)] += data[offset] * 0.299 + data[offset + 1] * 0.587 + data[offset + 2] * 0.114;
      counts[shrunkRow + (x >> 2)]++;
    }
  }
  for (let cell = 0; cell < counts.length; cell++) grey.values[cell] /= Math.max(1, counts[cell]);
  smoothPlane(grey);
  smoothPlane(grey);
  const { values, width: columns, height: rows } = grey;
  const directions = new Uint8Array(values.length);
  for (let row = 0; row < rows; row++) {
    const above = Math.max(0, row - 1) * columns, here = row * columns, below = Math.min(rows - 1, row + 1) * columns;
    for (let column = 0; column < columns; column++) {
      const across = values[here + Math.min(columns - 1, column + 1)] - values[here + Math.max(0, column - 1)];
      const down = values[below + column] - values[above + column];
      directions[here + column] = Math.abs(across) > 2.4 * Math.abs(down) ? 1 : Math.abs(down) > 2.4 * Math.abs(across) ? 0 : across * down > 0 ? 3 : 2;
    }
  }
  return directions;
}

const blockMaps = new Map<string, Int32Array>();

/**
 * For each pixel, the 4 × 4 block whose stroke direction it takes: its own, or now and then a
 * neighbour's (the pixel's position is shifted up to 2 pixels by fixed noise), so where the
 * direction changes, strokes of both directions interleave over a few pixels as a painter's
 * would, rather than meeting on the blocks' square edges. Fixed per size.
 */
function blockMapFor(width: number, height: number): Int32Array {
  const key = `${width}x${height}`;
  let map = blockMaps.get(key);
  if (!map) {
    map = new Int32Array(width * height);
    const columns = Math.ceil(width / 4), rows = Math.ceil(height / 4);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        let hash = Math.imul((y * width + x) ^ 0x5bd1e995, 0x85ebca6b);
        hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
        hash ^= hash >>> 16;
        const shiftedX = Math.min(width - 1, Math.max(0, x + ((hash & 3) - 1.5) * 1.33));
        const shiftedY = Math.min(height - 1, Math.max(0, y + (((hash >>> 2) & 3) - 1.5) * 1.33));
        map[y * width + x] = Math.min(rows - 1, Math.floor(shiftedY / 4)) * columns + Math.min(columns - 1, Math.floor(shiftedX / 4));
      }
    }
    blockMaps.set(key, map);
  }
  return map;
}

/** The TypeScript pass, in place; kept out of the async function so V8 optimises its loop as a whole. */
function layStrokes(paint: RawImage, settings: OilPaintSettings): RawImage {
  const { width, height, data } = paint;
  const directions = strokeDirections(paint);
  const blocks = blockMapFor(width, height);
  const ridges = ridgesFor(width, height, Math.max(3, Math.round(settings.brush ?? 9)) | 1);
  const saturate = saturationTable(settings.saturation ?? 1.3);
  const light = ridgeLight();
  const palette = settings.palette;
  const strength = palette ? (settings.paletteStrength ?? 0.35) : 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0, pixel = y * width, offset = pixel * 3; x < width; x++, pixel++, offset += 3) {
      const ridge = ridges[pixel * 4 + directions[blocks[pixel]]];
      const around = ((data[offset] * 77 + data[offset + 1] * 150 + data[offset + 2] * 29) >> 8) << 8;
      let red = saturate[around | data[offset]], green = saturate[around | data[offset + 1]], blue = saturate[around | data[offset + 2]];
      if (palette) {
        // Pulled toward the nearest palette colour: keeps the strokes, shifts the mood.
        const tint = nearestPaletteColor(palette, red, green, blue);
        red = Math.round((red * ridge) / 256 + (tint[0] - (red * ridge) / 256) * strength);
        green = Math.round((green * ridge) / 256 + (tint[1] - (green * ridge) / 256) * strength);
        blue = Math.round((blue * ridge) / 256 + (tint[2] - (blue * ridge) / 256) * strength);
        data[offset] = red > 255 ? 255 : red;
        data[offset + 1] = green > 255 ? 255 : green;
        data[offset + 2] = blue > 255 ? 255 : blue;
        continue;
      }
      const lit = ridge << 8;
      data[offset] = light[lit | red];
      data[offset + 1] = light[lit | green];
      data[offset + 2] = light[lit | blue];
    }
  }
  return paint;
}
