// Runs the selfie model on the calling thread. Loaded by Node itself inside the segmentation thread
// (type stripping), so this file keeps to syntax Node can strip.
import { performance } from 'node:perf_hooks';
import type { Tensor4D } from '@tensorflow/tfjs';
import type { PersonMask, RawPixels } from '../../spec/index.ts';
import { loadSelfieModel } from './load-selfie-model.ts';

/** The model's square input: MediaPipe's general selfie model was trained on 256x256 pictures. */
const modelSide = 256;

export interface SegmentedPixels {
  mask: PersonMask;
  /** Inference and the resizes around it, in milliseconds (the model's load excluded). */
  milliseconds: number;
}

/**
 * The person mask of RGB(A) pixels at their own size: the picture is squashed to 256x256 (nothing
 * cropped away, as MediaPipe does), its probabilities scaled back up bilinearly, so edges stay soft.
 */
export async function segmentPersonHere(pixels: RawPixels): Promise<SegmentedPixels> {
  const model = await loadSelfieModel();
  const tf = await import('@tensorflow/tfjs');
  const started = performance.now();
  const mask = tf.tidy(() => {
    const image = tf.tensor3d(pixels.data, [pixels.height, pixels.width, pixels.channels], 'int32');
    const rgb = pixels.channels === 4 ? tf.slice(image, [0, 0, 0], [-1, -1, 3]) : image;
    // The model reads RGB in [0, 1].
    const input = tf.div(tf.image.resizeBilinear(tf.expandDims(tf.cast(rgb, 'float32'), 0) as Tensor4D, [modelSide, modelSide]), 255);
    const probabilities = model.execute(input) as Tensor4D;
    const full = tf.image.resizeBilinear(probabilities, [pixels.height, pixels.width]);
    return tf.cast(tf.round(tf.mul(tf.clipByValue(full, 0, 1), 255)), 'int32');
  });
  try {
    const values = await mask.data();
    return { mask: { data: Uint8Array.from(values), width: pixels.width, height: pixels.height }, milliseconds: performance.now() - started };
  } finally {
    mask.dispose();
  }
}
