import sharp from 'sharp';

/** Side of the grey thumbnail frames are compared by. Small enough to make in about a millisecond. */
export const thumbnailSide = 32;

/**
 * A 32×32 grey thumbnail of a JPEG/WebP/PNG frame. libvips shrinks JPEGs while decoding them, so
 * this costs far less than a full decode. Throws when the bytes are not a decodable image.
 */
export async function frameThumbnail(image: Uint8Array): Promise<Uint8Array> {
  const buffer = await sharp(image, { limitInputPixels: 4096 * 4096, failOn: 'error' })
    .resize(thumbnailSide, thumbnailSide, { fit: 'fill', kernel: 'linear' })
    .greyscale()
    .raw()
    .toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Grey levels of change a thumbnail pixel may show from sensor noise and compression alone. */
export const noiseTolerance = 10;

/**
 * The share of thumbnail pixels that did not change beyond noise: 1 for the same picture. Counting
 * changed pixels rather than averaging the change keeps a small movement (a hand, a turned head)
 * from drowning in a large still background, and keeps grain from adding up to a change.
 */
export function thumbnailSimilarity(first: Uint8Array, second: Uint8Array): number {
  if (first.length !== second.length || first.length === 0) return 0;
  let changed = 0;
  for (let index = 0; index < first.length; index++) if (Math.abs(first[index] - second[index]) > noiseTolerance) changed += 1;
  return 1 - changed / first.length;
}

export interface SimilarityFilterOptions {
  /** Frames at least this similar to the last processed one are skipped; 0.995 lets 5 of 1024 thumbnail pixels change. */
  threshold?: number;
  /** After this many skips in a row a frame is processed anyway, so slow drifts are caught. */
  maxConsecutiveSkips?: number;
}

/**
 * StreamDiffusion's stochastic similarity filter, made deterministic: a frame that barely differs
 * from the last one the backend processed is not sent to the backend again; the last styled frame
 * is resent instead. A still streamer then costs almost nothing.
 */
export class SimilarityFilter {
  private last: Uint8Array | undefined;
  private skips = 0;
  private readonly threshold: number;
  private readonly maxConsecutiveSkips: number;

  constructor(options: SimilarityFilterOptions = {}) {
    this.threshold = options.threshold ?? 0.995;
    this.maxConsecutiveSkips = options.maxConsecutiveSkips ?? 50;
  }

  /** True when the frame may be skipped; otherwise it becomes the new reference. */
  shouldSkip(thumbnail: Uint8Array): boolean {
    if (this.last && this.skips < this.maxConsecutiveSkips && thumbnailSimilarity(this.last, thumbnail) >= this.threshold) {
      this.skips += 1;
      return true;
    }
    this.last = thumbnail;
    this.skips = 0;
    return false;
  }

  /** Forgets the reference, e.g. after a style change, so the next frame is processed. */
  reset(): void {
    this.last = undefined;
    this.skips = 0;
  }
}
