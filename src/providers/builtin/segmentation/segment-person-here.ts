// Runs the selfie model on the calling thread. Loaded by Node itself inside the segmentation thread
// (type stripping), so this file keeps to syntax Node can strip.
import { performance } from 'node:perf_hooks';
import type { Tensor } from '@tensorflow/tfjs';
import type { PersonMask, RawPixels } from '../../spec/index.ts';
import { loadSelfieModel } from './load-selfie-model.ts';
import { squashToModelInput, stretchProbabilities } from './resample-for-model.ts';

/** The model's square input: MediaPipe's general selfie model was trained on 256x256 pictures. */
const modelSide = 256;
const modelInput = new Float32Array(modelSide * modelSide * 3);

export interface SegmentedPixels {
  mask: PersonMask;
  /** Inference and the resizes around it, in milliseconds (the model's load excluded). */
  milliseconds: number;
}

/**
 * The person mask of RGB(A) pixels at their own size: the picture is squashed to 256x256 (nothing
 * cropped away, as MediaPipe does), its probabilities scaled back up bilinearly, so edges stay soft.
 * Only the model itself runs in TensorFlow.js; the resizes are plain loops (see resample-for-model.ts).
 */
export async function segmentPersonHere(pixels: RawPixels): Promise<SegmentedPixels> {
  const model = await loadSelfieModel();
  const tf = await import('@tensorflow/tfjs');
  const started = performance.now();
  // The tensor copies its values into the WASM heap, so one input array serves every run.
  const input = tf.tensor4d(squashToModelInput(pixels, modelSide, modelInput), [1, modelSide, modelSide, 3]);
  let output: Tensor | undefined;
  try {
    output = model.execute(input) as Tensor;
    // dataSync: the WASM backend reads synchronously anyway; data() only wraps it in promises.
    const probabilities = output.dataSync() as Float32Array;
    const mask = stretchProbabilities(probabilities, modelSide, pixels.width, pixels.height);
    return { mask: { data: mask, width: pixels.width, height: pixels.height }, milliseconds: performance.now() - started };
  } finally {
    input.dispose();
    output?.dispose();
  }
}
