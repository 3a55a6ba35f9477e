import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { squashToModelInput, stretchProbabilities } from './resample-for-model.ts';

// The loops replace TensorFlow.js's resizeBilinear (half-pixel centres, as the selfie model's own
// resizes): checked against it on random pixels, so the model sees the same input as before.
describe('resampling around the selfie model', () => {
  it('squashes RGB and RGBA pixels to the model input as resizeBilinear does, in [0, 1]', async () => {
    // Shrinking and growing, RGB and RGBA: rows reused from one output row to the next both ways.
    for (const [channels, width, height] of [[3, 37, 23], [4, 37, 23], [3, 9, 20], [4, 640, 480]] as const) {
      const side = 16;
      const data = Uint8Array.from({ length: width * height * channels }, (_, index) => (index * 7919) % 256);
      const ours = squashToModelInput({ data, width, height, channels }, side);
      const rgb = tf.slice(tf.tensor3d(data, [height, width, channels], 'int32'), [0, 0, 0], [-1, -1, 3]);
      const theirs = await tf.div(tf.image.resizeBilinear(tf.cast(rgb, 'float32') as tf.Tensor3D, [side, side], false, true), 255).data();
      expect(ours.length).toBe(side * side * 3);
      expect(Math.max(...ours.map((value, index) => Math.abs(value - theirs[index])))).toBeLessThan(1e-4);
    }
  });

  it('stretches probabilities back to the picture size as bytes, soft at the edge', async () => {
    const side = 8;
    const probabilities = Float32Array.from({ length: side * side }, (_, index) => (index % side) / (side - 1));
    const [width, height] = [40, 30];
    const mask = stretchProbabilities(probabilities, side, width, height);
    const theirs = await tf.image.resizeBilinear(tf.tensor4d(probabilities, [1, side, side, 1]), [height, width], false, true).data();
    expect(mask.length).toBe(width * height);
    expect(Math.max(...Array.from(mask, (value, index) => Math.abs(value - Math.round(theirs[index] * 255))))).toBeLessThanOrEqual(1);
    expect(mask[0]).toBe(0);
    expect(mask[width - 1]).toBe(255);
  });

  it('stretches random probabilities as resizeBilinear does, to within one step', async () => {
    const side = 16;
    const probabilities = Float32Array.from({ length: side * side }, (_, index) => ((index * 7919) % 1000) / 999);
    const [width, height] = [53, 37];
    const mask = stretchProbabilities(probabilities, side, width, height);
    const theirs = await tf.image.resizeBilinear(tf.tensor4d(probabilities, [1, side, side, 1]), [height, width], false, true).data();
    expect(Math.max(...Array.from(mask, (value, index) => Math.abs(value - Math.round(theirs[index] * 255))))).toBeLessThanOrEqual(1);
  });

  it('clamps values a blend pushes past 0 or 1', () => {
    const mask = stretchProbabilities(Float32Array.of(-0.2, 1.3, 1.3, -0.2), 2, 4, 4);
    expect(Math.min(...mask)).toBe(0);
    expect(Math.max(...mask)).toBe(255);
  });
});
