import type { CellMap } from './cell-map.ts';
import type { RawImage } from './raw-image.ts';

/** The mean colour of every cell of `map` over `image`, three floats per cell. */
export function cellMeans(image: RawImage, map: CellMap): Float32Array {
  const sums = new Float32Array(map.cellCount * 3);
  const counts = new Uint32Array(map.cellCount);
  const { data } = image;
  for (let pixel = 0, offset = 0; pixel < map.cells.length; pixel++, offset += 3) {
    const cell = map.cells[pixel];
    sums[cell * 3] += data[offset];
    sums[cell * 3 + 1] += data[offset + 1];
    sums[cell * 3 + 2] += data[offset + 2];
    counts[cell]++;
  }
  for (let cell = 0; cell < map.cellCount; cell++) {
    const count = Math.max(1, counts[cell]);
    sums[cell * 3] /= count;
    sums[cell * 3 + 1] /= count;
    sums[cell * 3 + 2] /= count;
  }
  return sums;
}
