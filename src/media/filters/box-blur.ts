/**
 * A separable box blur with running sums: its cost does not grow with the radius, so three passes
 * (a close match to a Gaussian) stay cheap at any size. Works on interleaved channels; edges repeat
 * the border pixel.
 */
export function boxBlur(values: ArrayLike<number>, width: number, height: number, radius: number, channels = 1): Float32Array {
  return boxBlurInto(values, width, height, radius, channels, new Float32Array(values.length), new Float32Array(values.length));
}

/**
 * boxBlur into buffers the caller keeps (`scratch` for the horizontal pass, `result`, each as long as
 * `values`): a fresh megabyte-sized typed array costs more than the blur itself on a 640x480 plane,
 * so a per-frame caller such as the live person mask keeps its own. Returns `result`.
 */
export function boxBlurInto(values: ArrayLike<number>, width: number, height: number, radius: number, channels: number, scratch: Float32Array, result: Float32Array): Float32Array {
  if (radius < 1) {
    for (let index = 0; index < values.length; index++) result[index] = values[index];
    return result;
  }
  blurRows(values, scratch, width, height, radius, channels);
  blurColumns(scratch, result, width, height, radius, channels);
  return result;
}

/** Repeats the box blur `passes` times: three passes approximate a Gaussian of sigma ≈ radius·0.8. */
export function smoothBlur(values: ArrayLike<number>, width: number, height: number, radius: number, channels = 1, passes = 3): Float32Array {
  let current: ArrayLike<number> = values;
  for (let pass = 0; pass < passes; pass++) current = boxBlur(current, width, height, radius, channels);
  return current instanceof Float32Array ? current : Float32Array.from(current);
}

function blurRows(source: ArrayLike<number>, target: Float32Array, width: number, height: number, radius: number, channels: number): void {
  const window = 2 * radius + 1;
  const last = width - 1;
  for (let y = 0; y < height; y++) {
    const row = y * width * channels;
    for (let channel = 0; channel < channels; channel++) {
      const start = row + channel;
      let sum = 0;
      for (let offset = -radius; offset <= radius; offset++) sum += source[start + Math.min(last, Math.max(0, offset)) * channels];
      for (let x = 0; x < width; x++) {
        target[start + x * channels] = sum / window;
        sum += source[start + Math.min(last, x + radius + 1) * channels] - source[start + Math.max(0, x - radius) * channels];
      }
    }
  }
}

/** Column sums slide down a whole row at a time, so memory is read in order. */
function blurColumns(source: Float32Array, target: Float32Array, width: number, height: number, radius: number, channels: number): void {
  const window = 2 * radius + 1;
  const rowLength = width * channels;
  const sums = new Float32Array(rowLength);
  const rowAt = (y: number) => Math.min(height - 1, Math.max(0, y)) * rowLength;
  for (let offset = -radius; offset <= radius; offset++) {
    const row = rowAt(offset);
    for (let index = 0; index < rowLength; index++) sums[index] += source[row + index];
  }
  for (let y = 0; y < height; y++) {
    const row = y * rowLength;
    const entering = rowAt(y + radius + 1);
    const leaving = rowAt(y - radius);
    for (let index = 0; index < rowLength; index++) {
      target[row + index] = sums[index] / window;
      sums[index] += source[entering + index] - source[leaving + index];
    }
  }
}
