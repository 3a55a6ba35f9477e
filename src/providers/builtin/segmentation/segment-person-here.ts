// Runs the selfie model on the calling thread. Loaded by Node itself inside the segmentation thread
// (type stripping), so this file keeps to syntax Node can strip.
import { performance } from 'node:perf_hooks';
import type { Tensor } from '@tensorflow/tfjs';
import type { PersonMask, RawPixels } from '../../spec/index.ts';
import { loadSelfieModel } from './load-selfie-model.ts';
import { squashToModelInput, stretchProbabilities, type ModelInputSize } from './resample-for-model.ts';

/** The model's longer input side: MediaPipe's general selfie model was trained on 256x256 pictures (see modelInputSize for the other). */
const longSide = 256;
/** The network's coarsest stride: each input side is a multiple of it (see fit-graph-to-input-size.ts). */
const sideStep = 32;
/** One input array per size: a live stream asks for the same size frame after frame. */
const modelInputs = new Map<string, Float32Array<ArrayBuffer>>();

export interface SegmentedPixels {
  mask: PersonMask;
  /** Inference and the resizes around it, in milliseconds (the model's load excluded). */
  milliseconds: number;
}

/**
 * The model's input size for a picture: 256 along its longer side and its own shape along the
 * other, to the nearest multiple of 32 (256×192 for 640×480). As MediaPipe's landscape model does,
 * this costs a 4:3 frame three quarters of a square input's arithmetic, and the person is not
 * squashed; masks of drawn figures match where they truly are as well as square ones (IoU 0.989
 * against 0.991, bench/live-style/run-filter-bench.ts).
 */
export function modelInputSize(width: number, height: number): ModelInputSize {
  const short = Math.max(sideStep, Math.min(longSide, Math.round((longSide * Math.min(width, height)) / Math.max(width, height) / sideStep) * sideStep));
  return width >= height ? { rows: short, columns: longSide } : { rows: longSide, columns: short };
}

/**
 * The person mask of RGB(A) pixels at their own size: the picture is resized to the model's input
 * (nothing cropped away, as MediaPipe does), its probabilities scaled back up bilinearly, so edges
 * stay soft. Only the model itself runs in TensorFlow.js; the resizes are plain loops (see resample-for-model.ts).
 */
export async function segmentPersonHere(pixels: RawPixels): Promise<SegmentedPixels> {
  const size = modelInputSize(pixels.width, pixels.height);
  const model = await loadSelfieModel(size);
  const tf = await import('@tensorflow/tfjs');
  const started = performance.now();
  const key = `${size.columns}x${size.rows}`;
  let modelInput = modelInputs.get(key);
  if (!modelInput) modelInputs.set(key, (modelInput = new Float32Array(size.rows * size.columns * 3)));
  // The tensor copies its values into the WASM heap, so one input array serves every run.
  const input = tf.tensor4d(squashToModelInput(pixels, size, modelInput), [1, size.rows, size.columns, 3]);
  let output: Tensor | undefined;
  try {
    output = model.execute(input) as Tensor;
    // dataSync: the WASM backend reads synchronously anyway; data() only wraps it in promises.
    const probabilities = output.dataSync() as Float32Array;
    const mask = stretchProbabilities(probabilities, size, pixels.width, pixels.height);
    return { mask: { data: mask, width: pixels.width, height: pixels.height }, milliseconds: performance.now() - started };
  } finally {
    input.dispose();
    output?.dispose();
  }
}
