import { clampedView } from './colour-tables.ts';
import { softGrey } from './grey-plane.ts';
import { scratchBytes } from './scratch.ts';
import type { Color, Palette } from './palettes.ts';
import type { RawImage } from './raw-image.ts';

export interface NeonEdgesSettings {
  /** Colours of the tubes, picked by each edge's direction; magenta, cyan and yellow when absent. */
  palette?: Palette;
  /** How much of the dark picture shows behind the lines, 0–1. */
  background?: number;
  /** Brightness of the halo around lines. */
  glow?: number;
}

const defaultTubes: readonly Color[] = [[255, 43, 214], [0, 240, 255], [250, 255, 0], [123, 44, 255]];

/** Steps of edge direction in the tube colour table. */
const directionSteps = 1024;
const tubeTables = new Map<string, Float32Array>();

/**
 * The tube colour for each edge direction, folded to 0–π (an edge has no front or back) and
 * indexed by its "diamond angle" h ÷ (|h| + v), which orders directions as the angle does
 * without an arctangent per pixel: two tubes blended by where the angle falls between them.
 */
function tubeTable(tubes: readonly Color[]): Float32Array {
  const key = tubes.map((tube) => tube.join(',')).join(';');
  let table = tubeTables.get(key);
  if (table) return table;
  table = new Float32Array(directionSteps * 3);
  for (let step = 0; step < directionSteps; step++) {
    const diamond = 1 - (2 * step) / (directionSteps - 1);
    const angle = Math.atan2(1 - Math.abs(diamond), diamond);
    const position = (angle / Math.PI) * tubes.length;
    const first = tubes[Math.floor(position) % tubes.length];
    const second = tubes[(Math.floor(position) + 1) % tubes.length];
    const mix = position - Math.floor(position);
    for (let channel = 0; channel < 3; channel++) table[step * 3 + channel] = first[channel] + (second[channel] - first[channel]) * mix;
  }
  tubeTables.set(key, table);
  return table;
}

/** Line strength 0–1 by |∂x| + |∂y| (0–510): nothing up to about 10 levels, full at about 53. */
const strengthByEdge = Float32Array.from({ length: 511 }, (_, edge) => Math.min(1, Math.max(0, (edge / 255 - 0.04) * 6)));
/** The strongest |∂x| + |∂y| that draws nothing. */
const quietestEdge = strengthByEdge.lastIndexOf(0);
/** 1 ÷ (|∂x| + |∂y|), for the diamond angle without a division per pixel. */
const reciprocals = Float32Array.from({ length: 511 }, (_, edge) => 1 / Math.max(1, edge));

/**
 * Edges drawn as glowing tubes on a dark ground, all in TypeScript. The grey picture is softened
 * (as by libvips' Gaussian of sigma 1); one pass finds edges and colours each by its direction (so the outline
 * of a face runs through several colours), summing the halo into a plane a quarter the size, where
 * it is blurred (sigma about 3 at full size); a last pass adds the halo, read back at full size,
 * the sharp tubes and the dimmed picture.
 */
export function neonEdgesFilter(image: RawImage, settings: NeonEdgesSettings = {}): RawImage {
  const { width, height } = image;
  const tubes = tubeTable(settings.palette?.colors ?? defaultTubes);
  const tubesDrawn = drawTubes(softGrey(image, scratchBytes('neon grey', width * height)), width, height, tubes, settings.glow ?? 1.6);
  const output = light(image, tubesDrawn.halo, settings.background ?? 0.12);
  // The sharp tubes on top (adding after the clamp clamps the same: nothing here is negative).
  const data = clampedView(output.data);
  const { offsets, colors, count } = tubesDrawn;
  for (let index = 0; index < count; index++) {
    const offset = offsets[index];
    data[offset] = output.data[offset] + colors[index * 3];
    data[offset + 1] = output.data[offset + 1] + colors[index * 3 + 1];
    data[offset + 2] = output.data[offset + 2] + colors[index * 3 + 2];
  }
  return output;
}

/** A quarter-size RGB plane (3 floats a block) of the halo: each 4 × 4 block's mean. */
interface Halo {
  values: Float32Array;
  columns: number;
  rows: number;
}

/** Where tubes are (a few percent of the pixels, so listed rather than drawn on a full-size layer) and their halo. */
interface Tubes {
  /** The byte offset of each lit pixel, and its tube colour (three bytes each), `count` of them. */
  offsets: Int32Array;
  colors: Uint8Array;
  count: number;
  halo: Halo;
}

/** Finds the tubes (their colour by strength) and the halo (tubes × glow, at most 255), blurred. */
function drawTubes(grey: Uint8Array, width: number, height: number, tubes: Float32Array, glow: number): Tubes {
  const columns = Math.ceil(width / 4), rows = Math.ceil(height / 4);
  const values = new Float32Array(columns * rows * 3);
  let offsets = new Int32Array(4096), colors = new Uint8Array(4096 * 3), count = 0;
  const lastColumn = width - 1;
  for (let y = 0; y < height; y++) {
    const row = y * width, up = (y > 0 ? y - 1 : 0) * width, down = (y < height - 1 ? y + 1 : y) * width;
    const blockRow = (y >> 2) * columns;
    for (let x = 0; x < width; x++) {
      const horizontal = grey[row + (x < lastColumn ? x + 1 : x)] - grey[row + (x > 0 ? x - 1 : 0)];
      const vertical = grey[down + x] - grey[up + x];
      // Math.abs, not a comparison: the sign of grain is a coin toss, and a mispredicted branch per
      // pixel cost three times the rest of this loop.
      const edge = Math.abs(horizontal) + Math.abs(vertical);
      if (edge <= quietestEdge) continue;
      // Folded to 0–π (the opposite direction is the same edge) by the sign of the vertical change,
      // without a branch: that sign is a coin toss along a curve.
      const diamond = horizontal * ((vertical >> 31) | 1) * reciprocals[edge];
      const tube = ((((1 - diamond) * (directionSteps - 1)) / 2 + 0.5) | 0) * 3;
      const strength = strengthByEdge[edge];
      const red = strength * tubes[tube], green = strength * tubes[tube + 1], blue = strength * tubes[tube + 2];
      const block = (blockRow + (x >> 2)) * 3;
      if (count === offsets.length) {
        const longer = new Int32Array(count * 2);
        longer.set(offsets);
        offsets = longer;
        const more = new Uint8Array(count * 6);
        more.set(colors);
        colors = more;
      }
      offsets[count] = (row + x) * 3;
      colors[count * 3] = red; colors[count * 3 + 1] = green; colors[count * 3 + 2] = blue;
      count++;
      values[block] += Math.min(255, red * glow);
      values[block + 1] += Math.min(255, green * glow);
      values[block + 2] += Math.min(255, blue * glow);
    }
  }
  // Block sums to means (the last row and column of blocks may be partial).
  for (let blockY = 0; blockY < rows; blockY++) {
    for (let blockX = 0; blockX < columns; blockX++) {
      const area = (Math.min(width, blockX * 4 + 4) - blockX * 4) * (Math.min(height, blockY * 4 + 4) - blockY * 4);
      const block = (blockY * columns + blockX) * 3;
      values[block] /= area; values[block + 1] /= area; values[block + 2] /= area;
    }
  }
  // 1 2 1 across and down once: with the 4 × 4 means, a blur of sigma about 3 at full size.
  const halo = { values, columns, rows };
  smoothHalo(halo);
  return { offsets, colors, count, halo };
}

function smoothHalo({ values, columns, rows }: Halo): void {
  const stride = columns * 3;
  const line = new Float32Array(Math.max(stride, rows * 3));
  for (let row = 0; row < rows; row++) {
    const start = row * stride;
    line.set(values.subarray(start, start + stride));
    for (let index = 0; index < stride; index++) {
      const left = index >= 3 ? index - 3 : index, right = index + 3 < stride ? index + 3 : index;
      values[start + index] = (line[left] + 2 * line[index] + line[right]) * 0.25;
    }
  }
  for (let index = 0; index < stride; index++) {
    for (let row = 0; row < rows; row++) line[row] = values[row * stride + index];
    for (let row = 0; row < rows; row++) values[row * stride + index] = (line[row > 0 ? row - 1 : 0] + 2 * line[row] + line[row < rows - 1 ? row + 1 : row]) * 0.25;
  }
}

/**
 * Halo + the dimmed picture, clamped. The halo is read back at full size bilinearly between
 * block centres: a row mixed from the two nearest block rows, then, between each two blocks, four
 * pixels at shares 1/8, 3/8, 5/8 and 7/8 of the way (pixels outside the first and last centres
 * take their value); spans where both blocks are dark skip the mixing.
 */
function light(image: RawImage, halo: Halo, background: number): RawImage {
  const { width, height, data: source } = image;
  const output = new Uint8Array(width * height * 3);
  const data = clampedView(output);
  const dim = Float32Array.from({ length: 256 }, (_, level) => level * background);
  const dimLevels = Uint8Array.from(dim, (level) => Math.min(255, Math.round(level)));
  const { values, columns, rows } = halo;
  const stride = columns * 3;
  const mixed = new Float32Array(stride + 3);
  for (let y = 0; y < height; y++) {
    const position = Math.min(rows - 1, Math.max(0, (y + 0.5) / 4 - 0.5));
    const upper = Math.floor(position), lower = Math.min(rows - 1, upper + 1), share = position - upper;
    for (let index = 0; index < stride; index++) {
      const top = values[upper * stride + index];
      mixed[index] = top + (values[lower * stride + index] - top) * share;
    }
    // One more block past the end, repeating the last: the pixels after the last centre.
    mixed[stride] = mixed[stride - 3]; mixed[stride + 1] = mixed[stride - 2]; mixed[stride + 2] = mixed[stride - 1];
    const row = y * width * 3;
    // The two pixels before the first centre take the first block's value.
    for (let x = 0; x < 2 && x < width; x++) {
      const offset = row + x * 3;
      data[offset] = mixed[0] + dim[source[offset]];
      data[offset + 1] = mixed[1] + dim[source[offset + 1]];
      data[offset + 2] = mixed[2] + dim[source[offset + 2]];
    }
    for (let block = 0; block < columns; block++) {
      const here = block * 3;
      const red = mixed[here], green = mixed[here + 1], blue = mixed[here + 2];
      const toRed = mixed[here + 3] - red, toGreen = mixed[here + 4] - green, toBlue = mixed[here + 5] - blue;
      const dark = red === 0 && green === 0 && blue === 0 && toRed === 0 && toGreen === 0 && toBlue === 0;
      for (let step = 0, x = block * 4 + 2; step < 4 && x < width; step++, x++) {
        const offset = row + x * 3;
        if (dark) {
          output[offset] = dimLevels[source[offset]];
          output[offset + 1] = dimLevels[source[offset + 1]];
          output[offset + 2] = dimLevels[source[offset + 2]];
        } else {
          const share = 0.125 + step * 0.25;
          data[offset] = red + toRed * share + dim[source[offset]];
          data[offset + 1] = green + toGreen * share + dim[source[offset + 1]];
          data[offset + 2] = blue + toBlue * share + dim[source[offset + 2]];
        }
      }
    }
  }
  return { data: output, width, height };
}
