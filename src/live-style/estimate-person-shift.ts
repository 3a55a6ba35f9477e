import type { RawPixels } from '../providers/spec/index.ts';

/** A small grey copy of a frame, for finding how far the person moved. */
export interface GreyPlane {
  data: Uint8Array;
  width: number;
  height: number;
  /** Frame pixels per plane pixel. */
  scale: number;
}

/** Frame pixels per plane pixel: 512×384 becomes 64×48, fine enough to follow a head, cheap enough for every frame. */
const planeScale = 8;
/** Rows of a block read: every fourth. */
const rowStep = 4;

/**
 * The frame in grey, averaged over 8×8 blocks (two rows of each, the first and the fifth: a quarter
 * of the reads, made for every frame, and at this scale still the picture the shift search needs;
 * the last partial blocks dropped).
 */
export function greyPlane(pixels: RawPixels): GreyPlane {
  const width = Math.max(1, Math.floor(pixels.width / planeScale));
  const height = Math.max(1, Math.floor(pixels.height / planeScale));
  const sums = new Uint32Array(width * height);
  const { data, channels } = pixels;
  const usedWidth = Math.min(pixels.width, width * planeScale);
  for (let y = 0; y < Math.min(pixels.height, height * planeScale); y += rowStep) {
    const row = Math.floor(y / planeScale) * width;
    let offset = y * pixels.width * channels;
    // A block's eight pixels of the row summed in a local, then added once: the same sums, a ninth of the stores.
    for (let block = 0; block * planeScale < usedWidth; block++) {
      let sum = 0;
      // A frame narrower than a block has only its own pixels.
      const end = Math.min(usedWidth, (block + 1) * planeScale);
      for (let x = block * planeScale; x < end; x++, offset += channels) {
        // Green counts twice: a cheap luma.
        sum += data[offset] + 2 * data[offset + 1] + data[offset + 2];
      }
      sums[row + block] += sum;
    }
  }
  const plane = new Uint8Array(width * height);
  const divisor = 4 * planeScale * (planeScale / rowStep);
  for (let index = 0; index < plane.length; index++) plane[index] = sums[index] / divisor;
  return { data: plane, width, height, scale: planeScale };
}

/** Furthest shift looked for, in plane pixels each way (48 frame pixels at 512 wide: a brisk move between two masks). */
const reach = 6;

/**
 * How far the person moved between the frame a mask was made from and this one, in frame pixels:
 * the shift that best lines up the person's part of the old plane (where the mask says person)
 * with the new plane, by the sum of absolute differences, in whole plane pixels (8 frame pixels:
 * a fraction found by fitting the costs drifts a still person by a few pixels on uneven texture).
 * The room does not vote, so a still room cannot hold a moving streamer in place. Undefined when
 * the mask holds too little person to follow.
 */
export function estimatePersonShift(before: GreyPlane, after: GreyPlane, mask: Uint8Array, maskWidth: number): { x: number; y: number } | undefined {
  const { width, height, scale } = before;
  if (after.width !== width || after.height !== height) return undefined;
  // The person's plane pixels, as columns, rows and grey levels in typed arrays: the cost below
  // reads them 56 times, and plain number arrays with a division per read cost four times as much.
  let count = 0;
  const columns = new Int32Array(width * height);
  const rows = new Int32Array(width * height);
  const levels = new Int32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (mask[(y * scale + (scale >> 1)) * maskWidth + x * scale + (scale >> 1)] >= 128) {
        columns[count] = x;
        rows[count] = y;
        levels[count] = before.data[y * width + x];
        count += 1;
      }
    }
  }
  if (count < 16) return undefined;
  // Per shift, where each column and row lands, clamped at the border: no clamping per pixel.
  const columnTo = new Int32Array(width);
  const rowTo = new Int32Array(height);
  const cost = (dx: number, dy: number) => {
    for (let x = 0; x < width; x++) columnTo[x] = Math.min(width - 1, Math.max(0, x + dx));
    for (let y = 0; y < height; y++) rowTo[y] = Math.min(height - 1, Math.max(0, y + dy)) * width;
    const landed = after.data;
    let total = 0;
    for (let index = 0; index < count; index++) {
      const difference = landed[rowTo[rows[index]] + columnTo[columns[index]]] - levels[index];
      total += difference < 0 ? -difference : difference;
    }
    return total;
  };
  // Every other shift first, then the eight around the best: a third of the work of trying all
  // 169, and a person's plane is smooth enough over 2 pixels that the best stays in reach. Ties
  // keep the earlier shift, and no shift is tried first, so a still person stays exactly in place.
  let best = { x: 0, y: 0, cost: cost(0, 0) };
  const tryShift = (dx: number, dy: number) => {
    const total = cost(dx, dy);
    if (total < best.cost) best = { x: dx, y: dy, cost: total };
  };
  for (let dy = -reach; dy <= reach; dy += 2) for (let dx = -reach; dx <= reach; dx += 2) if (dx !== 0 || dy !== 0) tryShift(dx, dy);
  const coarse = best;
  for (let dy = coarse.y - 1; dy <= coarse.y + 1; dy++) for (let dx = coarse.x - 1; dx <= coarse.x + 1; dx++) if (dx !== coarse.x || dy !== coarse.y) tryShift(dx, dy);
  return { x: best.x * scale, y: best.y * scale };
}

/**
 * The mask moved by (x, y) frame pixels, rounded; what comes in at the border repeats the border.
 * Written into `into` when given (a caller that composites at once keeps one buffer rather than
 * a fresh 300 kB a frame); the mask itself when there is nothing to move.
 */
export function shiftMask(mask: Uint8Array, width: number, height: number, shift: { x: number; y: number }, into?: Uint8Array): Uint8Array {
  const [dx, dy] = [Math.round(shift.x), Math.round(shift.y)];
  if (dx === 0 && dy === 0) return mask;
  const moved = into && into.length === mask.length ? into : new Uint8Array(mask.length);
  for (let y = 0; y < height; y++) {
    const from = Math.min(height - 1, Math.max(0, y - dy)) * width;
    const row = y * width;
    const start = Math.min(width, Math.max(0, dx));
    const end = Math.max(0, Math.min(width, width + dx));
    if (end > start) moved.set(mask.subarray(from + start - dx, from + end - dx), row + start);
    if (start > 0) moved.fill(mask[from], row, row + start);
    if (end < width) moved.fill(mask[from + width - 1], row + end, row + width);
  }
  return moved;
}
