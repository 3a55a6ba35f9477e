import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { squashToModelInput, stretchProbabilities } from './resample-for-model.ts';

// The loops replace TensorFlow.js's resizeBilinear (half-pixel centres, as the selfie model's own
// resizes): checked against it on random pixels, so the model sees the same input as before.
describe('resampling around the selfie model', () => {
  it('squashes RGB and RGBA pixels to the model input as resizeBilinear does, in [0, 1]', async () => {
    // Shrinking and growing, RGB and RGBA: rows reused from one output row to the next both ways.
    for (const [channels, width, height] of [[3, 37, 23], [4, 37, 23], [3, 9, 20], [4, 640, 480]] as const) {
      const [side, rows] = [16, 12];
      const data = Uint8Array.from({ length: width * height * channels }, (_, index) => (index * 7919) % 256);
      const ours = squashToModelInput({ data, width, height, channels }, { rows, columns: side });
      const rgb = tf.slice(tf.tensor3d(data, [height, width, channels], 'int32'), [0, 0, 0], [-1, -1, 3]);
      const theirs = await tf.div(tf.image.resizeBilinear(tf.cast(rgb, 'float32') as tf.Tensor3D, [rows, side], false, true), 255).data();
      expect(ours.length).toBe(rows * side * 3);
      expect(Math.max(...ours.map((value, index) => Math.abs(value - theirs[index])))).toBeLessThan(1e-4);
    }
  });

  it('stretches probabilities back to the picture size as bytes, soft at the edge', async () => {
    const [side, rows] = [8, 6];
    const probabilities = Float32Array.from({ length: rows * side }, (_, index) => (index % side) / (side - 1));
    const [width, height] = [40, 30];
    const mask = stretchProbabilities(probabilities, { rows, columns: side }, width, height);
    const theirs = await tf.image.resizeBilinear(tf.tensor4d(probabilities, [1, rows, side, 1]), [height, width], false, true).data();
    expect(mask.length).toBe(width * height);
    expect(Math.max(...Array.from(mask, (value, index) => Math.abs(value - Math.round(theirs[index] * 255))))).toBeLessThanOrEqual(1);
    expect(mask[0]).toBe(0);
    expect(mask[width - 1]).toBe(255);
  });

  it('stretches random probabilities as resizeBilinear does, to within one step', async () => {
    const side = 16;
    const probabilities = Float32Array.from({ length: side * side }, (_, index) => ((index * 7919) % 1000) / 999);
    const [width, height] = [53, 37];
    const mask = stretchProbabilities(probabilities, { rows: side, columns: side }, width, height);
    const theirs = await tf.image.resizeBilinear(tf.tensor4d(probabilities, [1, side, side, 1]), [height, width], false, true).data();
    expect(Math.max(...Array.from(mask, (value, index) => Math.abs(value - Math.round(theirs[index] * 255))))).toBeLessThanOrEqual(1);
  });

  it('stretches a person on a room of zeros as resizeBilinear does, the room left 0', async () => {
    // Spans of probabilities that round to 0 are skipped: what is skipped must be 0 there anyway.
    const [side, rows] = [24, 18];
    const probabilities = Float32Array.from({ length: rows * side }, (_, index) => {
      const [x, y] = [index % side, Math.floor(index / side)];
      return Math.hypot(x - 9, y - 8) < 5 ? 0.97 : x > 20 && y < 3 ? 0.001 : 0;
    });
    const [width, height] = [61, 47];
    const mask = stretchProbabilities(probabilities, { rows, columns: side }, width, height);
    const theirs = await tf.image.resizeBilinear(tf.tensor4d(probabilities, [1, rows, side, 1]), [height, width], false, true).data();
    expect(Math.max(...Array.from(mask, (value, index) => Math.abs(value - Math.round(theirs[index] * 255))))).toBeLessThanOrEqual(1);
    expect(mask[0]).toBe(0);
    expect(mask[Math.round(8 * (height / rows)) * width + Math.round(9 * (width / side))]).toBeGreaterThan(240);
  });

  it('clamps values a blend pushes past 0 or 1', () => {
    const mask = stretchProbabilities(Float32Array.of(-0.2, 1.3, 1.3, -0.2), { rows: 2, columns: 2 }, 4, 4);
    expect(Math.min(...mask)).toBe(0);
    expect(Math.max(...mask)).toBe(255);
  });
});
