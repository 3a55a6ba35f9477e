import type { Color } from './palettes.ts';
import type { RawImage } from './raw-image.ts';
import { toRawImage, vipsPipeline } from './vips-image.ts';

/** The "iron" scale thermal cameras use, coldest first. */
export const ironScale: readonly Color[] = [[0, 0, 10], [32, 0, 96], [120, 0, 150], [200, 30, 100], [240, 90, 20], [255, 170, 0], [255, 235, 90], [255, 255, 240]];

let table: Uint8Array | undefined;

/**
 * A thermal camera's view: brightness stands in for heat. libvips softens the picture (thermal
 * sensors are low resolution); each pixel's grey level is then looked up on the iron scale, dark
 * blue through purple, red and orange to white-hot, in one TypeScript pass.
 */
export async function thermalFilter(image: RawImage): Promise<RawImage> {
  const soft = await toRawImage(vipsPipeline(image).blur(1.5));
  return colourByHeat(soft);
}

/** The TypeScript pass, in place; kept out of the async function so V8 optimises its loop as a whole. */
function colourByHeat(soft: RawImage): RawImage {
  const { data } = soft;
  const lookup = (table ??= buildTable());
  for (let offset = 0; offset < data.length; offset += 3) {
    const entry = ((data[offset] * 77 + data[offset + 1] * 150 + data[offset + 2] * 29) >> 8) * 3;
    data[offset] = lookup[entry];
    data[offset + 1] = lookup[entry + 1];
    data[offset + 2] = lookup[entry + 2];
  }
  return soft;
}

function buildTable(): Uint8Array {
  const lookup = new Uint8Array(256 * 3);
  for (let level = 0; level < 256; level++) {
    const position = (level / 255) * (ironScale.length - 1);
    const index = Math.min(ironScale.length - 2, Math.floor(position));
    const mix = position - index;
    for (let channel = 0; channel < 3; channel++) lookup[level * 3 + channel] = Math.round(ironScale[index][channel] + (ironScale[index + 1][channel] - ironScale[index][channel]) * mix);
  }
  return lookup;
}
