/**
 * Summed-area tables (integral images): after one pass over the picture, the sum over any
 * rectangle costs four lookups, whatever its size. The Kuwahara filter asks for four windows per
 * pixel, so this turns its cost from O(radius²) into O(1) per pixel.
 */
export interface SummedAreaTable {
  /** (width + 1) × (height + 1) running sums; row 0 and column 0 are zero. */
  sums: Float64Array;
  width: number;
  height: number;
}

/** A table of `values` (one number per pixel), optionally squared for variances. */
export function buildSummedAreaTable(values: ArrayLike<number>, width: number, height: number, squared = false): SummedAreaTable {
  const stride = width + 1;
  const sums = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    let rowSum = 0;
    for (let x = 0; x < width; x++) {
      const value = values[y * width + x];
      rowSum += squared ? value * value : value;
      sums[(y + 1) * stride + x + 1] = sums[y * stride + x + 1] + rowSum;
    }
  }
  return { sums, width, height };
}

/** The sum over the inclusive rectangle [left, right] × [top, bottom], clipped to the picture. */
export function rectangleSum(table: SummedAreaTable, left: number, top: number, right: number, bottom: number): number {
  const stride = table.width + 1;
  const x0 = Math.max(0, left);
  const y0 = Math.max(0, top);
  const x1 = Math.min(table.width - 1, right) + 1;
  const y1 = Math.min(table.height - 1, bottom) + 1;
  const { sums } = table;
  return sums[y1 * stride + x1] - sums[y0 * stride + x1] - sums[y1 * stride + x0] + sums[y0 * stride + x0];
}
