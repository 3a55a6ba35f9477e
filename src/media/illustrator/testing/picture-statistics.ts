import sharp from 'sharp';

/** Decoded RGB pixels of a picture, for tests that judge what was drawn rather than its bytes. */
export interface Pixels {
  data: Uint8Array;
  width: number;
  height: number;
}

export async function decodePixels(png: Uint8Array): Promise<Pixels> {
  const { data, info } = await sharp(Buffer.from(png)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height };
}

/** A region as fractions of the picture: [left, top, right, bottom]. */
export type Region = [number, number, number, number];

function* pixelsIn(pixels: Pixels, region: Region = [0, 0, 1, 1]): Generator<[number, number, number]> {
  const [left, top, right, bottom] = region;
  for (let y = Math.floor(top * pixels.height); y < Math.ceil(bottom * pixels.height); y += 1) {
    for (let x = Math.floor(left * pixels.width); x < Math.ceil(right * pixels.width); x += 1) {
      const offset = (y * pixels.width + x) * 3;
      yield [pixels.data[offset], pixels.data[offset + 1], pixels.data[offset + 2]];
    }
  }
}

/** Mean luminance in 0..1. */
export function meanLuminance(pixels: Pixels): number {
  let sum = 0;
  let count = 0;
  for (const [red, green, blue] of pixelsIn(pixels)) {
    sum += (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
    count += 1;
  }
  return sum / count;
}

/** Mean HSV saturation in 0..1: how colourful the picture is, whatever its brightness. */
export function meanSaturation(pixels: Pixels): number {
  let sum = 0;
  let count = 0;
  for (const [red, green, blue] of pixelsIn(pixels)) {
    const highest = Math.max(red, green, blue);
    sum += highest === 0 ? 0 : (highest - Math.min(red, green, blue)) / highest;
    count += 1;
  }
  return sum / count;
}

/** Mean distance between the two pictures' colours, pixel by pixel, in 0..1 (0: identical). */
export function meanColourDistance(first: Pixels, second: Pixels, region?: Region): number {
  const others = pixelsIn(second, region);
  let sum = 0;
  let count = 0;
  for (const [red, green, blue] of pixelsIn(first, region)) {
    const [otherRed, otherGreen, otherBlue] = others.next().value as [number, number, number];
    sum += Math.hypot(red - otherRed, green - otherGreen, blue - otherBlue) / (255 * Math.sqrt(3));
    count += 1;
  }
  return sum / count;
}

/** Share of the region's pixels within `tolerance` (per channel) of `colour`. */
export function colourShare(pixels: Pixels, colour: [number, number, number], region?: Region, tolerance = 40): number {
  let matching = 0;
  let count = 0;
  for (const [red, green, blue] of pixelsIn(pixels, region)) {
    if (Math.abs(red - colour[0]) <= tolerance && Math.abs(green - colour[1]) <= tolerance && Math.abs(blue - colour[2]) <= tolerance) matching += 1;
    count += 1;
  }
  return matching / count;
}

/**
 * The share of cells, on a `columns` × `rows` grid, whose mean colours differ by more than
 * `threshold` (0..1 of the largest RGB distance): a picture's layout of colour, so two backdrops
 * that only tint one another, or share their shapes, come out near 0.
 */
export function differingCells(first: Pixels, second: Pixels, columns = 16, rows = 9, threshold = 0.12): number {
  const [a, b] = [cellColours(first, columns, rows), cellColours(second, columns, rows)];
  let differing = 0;
  for (let cell = 0; cell < a.length; cell += 1) {
    if (Math.hypot(a[cell][0] - b[cell][0], a[cell][1] - b[cell][1], a[cell][2] - b[cell][2]) / 441.7 > threshold) differing += 1;
  }
  return differing / a.length;
}

/** Each picture's grid is worked out once: a test compares every picture with every other. */
const grids = new WeakMap<Pixels, Map<string, Array<[number, number, number]>>>();

function cellColours(pixels: Pixels, columns: number, rows: number): Array<[number, number, number]> {
  const byGrid = grids.get(pixels) ?? new Map<string, Array<[number, number, number]>>();
  grids.set(pixels, byGrid);
  const key = `${columns}x${rows}`;
  let cells = byGrid.get(key);
  if (!cells) {
    cells = [];
    for (let row = 0; row < rows; row += 1) {
      for (let column = 0; column < columns; column += 1) cells.push(meanColour(pixels, [column / columns, row / rows, (column + 1) / columns, (row + 1) / rows]));
    }
    byGrid.set(key, cells);
  }
  return cells;
}

function meanColour(pixels: Pixels, region: Region): [number, number, number] {
  const sum: [number, number, number] = [0, 0, 0];
  let count = 0;
  for (const [red, green, blue] of pixelsIn(pixels, region)) {
    sum[0] += red;
    sum[1] += green;
    sum[2] += blue;
    count += 1;
  }
  return count === 0 ? sum : [sum[0] / count, sum[1] / count, sum[2] / count];
}
