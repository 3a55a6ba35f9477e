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
