import type { PersonMask } from '../providers/spec/index.ts';

/** The running average is kept in 256ths of a mask step: a 640×480 mask in 16-bit integers, no floats. */
const fraction = 256;

/**
 * Steadies a stream of person masks: each new mask is averaged with the last one (the model's edge
 * wobbles by a few pixels from frame to frame, which shows as a flickering halo) and then feathered,
 * so the outline fades over a few pixels instead of stepping. One per live session. Paid on every
 * model run, so it works only where there is someone: each row's span of non-zero values (the new
 * mask's or the average's; outside it both are 0 and stay 0) is found first, and the average and
 * the blur's sums are made within the spans alone; the arithmetic is integer (the average in
 * 256ths, the box blur's running sums in 32 bits), the same mask within one step as in floats.
 */
export class PersonMaskSmoother {
  /** The running average, kept between frames; with the blur's row sums and spans, reused while the size holds. */
  private average: Uint16Array | undefined;
  private rowSums = new Int32Array(0);
  private spans = { first: new Int32Array(0), last: new Int32Array(0) };
  private averageSize = '';
  /** Share of the new mask in the average, in 256ths: high enough that a moving arm is not left behind as a ghost. */
  private readonly newShare: number;

  constructor(newShare = 0.6) {
    this.newShare = Math.round(newShare * fraction);
  }

  smooth(mask: PersonMask): Uint8Array {
    const { data, width, height } = mask;
    const size = `${width}x${height}`;
    const fresh = this.averageSize !== size || !this.average;
    if (fresh) {
      // A new size (or the first frame, or after reset): the average starts from this mask alone.
      this.average = new Uint16Array(data.length);
      this.rowSums = new Int32Array(data.length);
      this.spans = { first: new Int32Array(height), last: new Int32Array(height) };
      this.averageSize = size;
    }
    const average = this.average!;
    const [share, keep] = fresh ? [fraction * fraction, 0] : [this.newShare * fraction, fraction - this.newShare];
    const { first, last } = this.spans;
    for (let y = 0; y < height; y++) {
      const row = y * width;
      let left = 0;
      while (left < width && data[row + left] === 0 && average[row + left] === 0) left += 1;
      let right = width - 1;
      while (right >= left && data[row + right] === 0 && average[row + right] === 0) right -= 1;
      first[y] = left;
      last[y] = right;
      for (let index = row + left; index <= row + right; index++) average[index] = (data[index] * share + average[index] * keep + fraction / 2) >> 8;
    }
    const radius = Math.max(1, Math.round(Math.max(width, height) / 160));
    return feather(average, this.rowSums, this.spans, width, height, radius);
  }

  /** A new look or a new camera: the next mask starts afresh. */
  reset(): void {
    this.averageSize = '';
  }
}

/**
 * A box blur of `radius` over the average (in 256ths), as mask bytes, rounded: running sums along
 * each row into `rowSums`, then down the columns a whole row at a time; edges repeat the border.
 * Row y's values are 0 outside `first[y]`–`last[y]`, so its sums are made, and read, only from
 * `radius` before its span to `radius` after it, and an output row is written only across the
 * spans of the rows its window covers (the rest of a fresh array is 0 already).
 */
function feather(average: Uint16Array, rowSums: Int32Array, spans: { first: Int32Array; last: Int32Array }, width: number, height: number, radius: number): Uint8Array {
  const lastColumn = width - 1;
  const sumFirst = new Int32Array(height);
  const sumLast = new Int32Array(height);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const [from, to] = [Math.max(0, spans.first[y] - radius), Math.min(lastColumn, spans.last[y] + radius)];
    sumFirst[y] = from;
    sumLast[y] = to;
    if (from > to) continue;
    let sum = 0;
    for (let offset = from - radius; offset <= from + radius; offset++) sum += average[row + Math.min(lastColumn, Math.max(0, offset))];
    for (let x = from; x <= to; x++) {
      rowSums[row + x] = sum;
      sum += average[row + Math.min(lastColumn, x + radius + 1)] - average[row + Math.max(0, x - radius)];
    }
  }
  const output = new Uint8Array(width * height);
  const window = 2 * radius + 1;
  const toByte = 1 / (window * window * fraction);
  const columnSums = new Int32Array(width);
  const clamped = (y: number) => Math.min(height - 1, Math.max(0, y));
  /** Adds (or with sign −1 takes away) row y's sums to the column sums, within its span. */
  const addRow = (y: number, sign: number) => {
    const row = y * width;
    for (let x = sumFirst[y]; x <= sumLast[y]; x++) columnSums[x] += sign * rowSums[row + x];
  };
  for (let offset = -radius; offset <= radius; offset++) addRow(clamped(offset), 1);
  for (let y = 0; y < height; y++) {
    let [from, to] = [width, -1];
    for (let offset = -radius; offset <= radius; offset++) {
      const covered = clamped(y + offset);
      from = Math.min(from, sumFirst[covered]);
      to = Math.max(to, sumLast[covered]);
    }
    const row = y * width;
    for (let x = from; x <= to; x++) output[row + x] = columnSums[x] * toByte + 0.5;
    addRow(clamped(y + radius + 1), 1);
    addRow(clamped(y - radius), -1);
  }
  return output;
}
