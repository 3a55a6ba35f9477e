import type { CellMap } from './cell-map.ts';
import type { RawImage } from './raw-image.ts';

/**
 * The mean colour of every cell of `map` over `image`, three floats per cell. With `table` (a
 * `colour-tables.ts` table read as `table[grey << 8 | channel]`), each pixel is passed through it
 * before it is counted: the mean of the saturated picture, without making that picture.
 */
export function cellMeans(image: RawImage, map: CellMap, table?: Uint8Array): Float32Array {
  // Integer sums (a cell is far smaller than 2³² ÷ 255 pixels): integer adds are cheaper than float ones.
  const sums = new Uint32Array(map.cellCount * 3);
  const counts = new Uint32Array(map.cellCount);
  const { data } = image;
  const { cells } = map;
  if (table) {
    for (let pixel = 0, offset = 0; pixel < cells.length; pixel++, offset += 3) {
      const cell = cells[pixel] * 3;
      const red = data[offset], green = data[offset + 1], blue = data[offset + 2];
      const around = ((red * 77 + green * 150 + blue * 29) >> 8) << 8;
      sums[cell] += table[around | red];
      sums[cell + 1] += table[around | green];
      sums[cell + 2] += table[around | blue];
      counts[cells[pixel]]++;
    }
  } else {
    for (let pixel = 0, offset = 0; pixel < cells.length; pixel++, offset += 3) {
      const cell = cells[pixel] * 3;
      sums[cell] += data[offset];
      sums[cell + 1] += data[offset + 1];
      sums[cell + 2] += data[offset + 2];
      counts[cells[pixel]]++;
    }
  }
  const means = new Float32Array(map.cellCount * 3);
  for (let cell = 0; cell < map.cellCount; cell++) {
    const count = Math.max(1, counts[cell]);
    means[cell * 3] = sums[cell * 3] / count;
    means[cell * 3 + 1] = sums[cell * 3 + 1] / count;
    means[cell * 3 + 2] = sums[cell * 3 + 2] / count;
  }
  return means;
}
