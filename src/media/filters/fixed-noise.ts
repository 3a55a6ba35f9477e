import { boxBlur } from './box-blur.ts';

const cache = new Map<string, Float32Array>();

/**
 * Noise in 0–1 that is the same for every frame of a size (paper grain, brush streaks), so it
 * stays still while the picture moves, as paper and canvas would. `streak` smears it along a
 * direction (0 across, 1 down, 2 and 3 the diagonals) into brush-like streaks of that length.
 * Built once per size and kind, then cached.
 */
export function fixedNoise(width: number, height: number, blurRadius: number, streak?: { direction: 0 | 1 | 2 | 3; length: number }): Float32Array {
  const key = `${width}x${height}:${blurRadius}:${streak?.direction}:${streak?.length}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let noise: Float32Array = new Float32Array(width * height);
  for (let pixel = 0; pixel < noise.length; pixel++) {
    let hash = Math.imul(pixel ^ 0x9e3779b9, 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    noise[pixel] = ((hash ^ (hash >>> 16)) >>> 0) / 0xffffffff;
  }
  if (blurRadius > 0) noise = boxBlur(noise, width, height, blurRadius);
  if (streak) noise = smear(noise, width, height, streak.direction, streak.length);
  // Stretched back to 0–1: blurring pulls noise toward its mean.
  let low = Infinity, high = -Infinity;
  for (const value of noise) { low = Math.min(low, value); high = Math.max(high, value); }
  for (let pixel = 0; pixel < noise.length; pixel++) noise[pixel] = (noise[pixel] - low) / (high - low || 1);
  cache.set(key, noise);
  return noise;
}

function smear(values: Float32Array, width: number, height: number, direction: number, length: number): Float32Array {
  const [stepX, stepY] = [[1, 0], [0, 1], [1, 1], [1, -1]][direction];
  const output = new Float32Array(values.length);
  const half = Math.floor(length / 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let step = -half; step <= half; step++) {
        const sampleX = Math.min(width - 1, Math.max(0, x + step * stepX));
        const sampleY = Math.min(height - 1, Math.max(0, y + step * stepY));
        sum += values[sampleY * width + sampleX];
      }
      output[y * width + x] = sum / (2 * half + 1);
    }
  }
  return output;
}
