// What reusing a person mask between frames costs in quality: a sequence of camera frames goes
// through PersonMaskTracker as a live stream's frames do (a frame that asks for a new mask is
// composited with the previous one; the new mask serves from the next frame on, as when the model
// answers within a frame interval), and each frame's mask as used is compared with the mask the
// model gives for that very frame (intersection over union, both cut at half confidence). Beside
// it, the old way: the model on every frame, smoothed over time.
import type { RawImage } from '../../src/media/filters/raw-image.ts';
import type { PersonMaskAnswer } from '../../src/live-style/person-mask-queue.ts';
import { PersonMaskSmoother } from '../../src/live-style/person-mask-smoother.ts';
import { PersonMaskTracker, type PersonMaskTrackerOptions } from '../../src/live-style/person-mask-tracker.ts';
import type { RawPixels } from '../../src/providers/spec/index.ts';
import { segmentPersonHere } from '../../src/providers/builtin/segmentation/segment-person-here.ts';
import sharp from 'sharp';
import { thumbnailSide } from '../../src/live-style/similarity-filter.ts';
import { round } from '../lib/statistics.ts';

/** Intersection over union of two masks cut at 128; 1 when both are empty. */
export function maskIou(first: Uint8Array, second: Uint8Array): number {
  let both = 0;
  let either = 0;
  for (let index = 0; index < first.length; index++) {
    const inFirst = first[index] >= 128;
    const inSecond = second[index] >= 128;
    if (inFirst && inSecond) both += 1;
    if (inFirst || inSecond) either += 1;
  }
  return either === 0 ? 1 : both / either;
}

/** The 32×32 grey thumbnail frameThumbnail makes, from pixels already decoded. */
export async function thumbnailOf(image: RawImage): Promise<Uint8Array> {
  const buffer = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 3 } })
    .resize(thumbnailSide, thumbnailSide, { fit: 'fill', kernel: 'linear' }).greyscale().raw().toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export interface MaskQuality {
  frames: number;
  /** Frames the model ran on, reusing masks. */
  model_runs: number;
  /** Masks as used, reusing, against the model's mask of each frame: mean and worst IoU. */
  reused_mean_iou: number;
  reused_min_iou: number;
  /** The model on every frame, smoothed: the same comparison. */
  every_frame_mean_iou: number;
  every_frame_min_iou: number;
  /** Against where the person truly is, when the frames say so. */
  reused_truth_iou?: number;
  every_frame_truth_iou?: number;
  fresh_truth_iou?: number;
}

export async function measureMaskQuality(frames: RawImage[], truth?: Uint8Array[], options?: PersonMaskTrackerOptions): Promise<MaskQuality> {
  const tracker = new PersonMaskTracker(options);
  const smoother = new PersonMaskSmoother();
  const reused: number[] = [];
  const everyFrame: number[] = [];
  const truthIous = { reused: [] as number[], everyFrame: [] as number[], fresh: [] as number[] };
  let answer: Promise<PersonMaskAnswer> | undefined;
  const segment = (pixels: RawPixels) => (answer = segmentPersonHere(pixels).then(({ mask }) => ({ kind: 'mask' as const, mask })));
  for (const [index, frame] of frames.entries()) {
    const pixels = { ...frame, channels: 3 as const };
    const used = await tracker.maskFor({ pixels, thumbnail: await thumbnailOf(frame) }, segment);
    // The model answers before the next frame: this frame went out with the mask it had.
    if (answer) await answer;
    answer = undefined;
    const fresh = (await segmentPersonHere(pixels)).mask.data;
    const smoothed = smoother.smooth({ data: fresh, width: frame.width, height: frame.height });
    reused.push(maskIou(used!, fresh));
    everyFrame.push(maskIou(smoothed, fresh));
    if (truth) {
      const target = Uint8Array.from(truth[index], (value) => value * 255);
      truthIous.reused.push(maskIou(used!, target));
      truthIous.everyFrame.push(maskIou(smoothed, target));
      truthIous.fresh.push(maskIou(fresh, target));
    }
  }
  const mean = (values: number[]) => round(values.reduce((total, value) => total + value, 0) / values.length);
  return {
    frames: frames.length,
    model_runs: tracker.requests,
    reused_mean_iou: mean(reused),
    reused_min_iou: round(Math.min(...reused)),
    every_frame_mean_iou: mean(everyFrame),
    every_frame_min_iou: round(Math.min(...everyFrame)),
    ...(truth ? { reused_truth_iou: mean(truthIous.reused), every_frame_truth_iou: mean(truthIous.everyFrame), fresh_truth_iou: mean(truthIous.fresh) } : {}),
  };
}
