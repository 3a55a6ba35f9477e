/**
 * A plain onset curve for checking a reference's alignment: half-wave rectified spectral flux of
 * log magnitudes. Written for the bench on purpose, apart from Kiln's analysis code, so the check
 * on the reference shares nothing with the tracker it will score.
 */
export interface OnsetCurve {
  /** One value a frame: how much the log spectrum rose since the frame before. */
  values: Float64Array;
  /** Seconds between frames. */
  frameSeconds: number;
  /** The time of frame 0's centre, in seconds: each value is stamped at its window's centre. */
  firstFrameSeconds: number;
}

/** 512 samples (21 ms at 24 kHz): short enough that a pick attack is not smeared over a 16th note. */
const windowSize = 512;

export function spectralFlux(samples: Float32Array, sampleRate: number, hop = Math.round(sampleRate / 200)): OnsetCurve {
  const frames = Math.max(0, Math.floor((samples.length - windowSize) / hop) + 1);
  const values = new Float64Array(frames);
  const hann = Float64Array.from({ length: windowSize }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / windowSize));
  const real = new Float64Array(windowSize);
  const imaginary = new Float64Array(windowSize);
  let previous = new Float64Array(windowSize / 2 + 1);
  let current = new Float64Array(windowSize / 2 + 1);
  for (let frame = 0; frame < frames; frame++) {
    for (let i = 0; i < windowSize; i++) {
      real[i] = samples[frame * hop + i] * hann[i];
      imaginary[i] = 0;
    }
    fft(real, imaginary);
    let rise = 0;
    for (let bin = 0; bin <= windowSize / 2; bin++) {
      // log(1 + C|X|) compresses loud chords so quiet picking still counts (C = 1000, a common choice)
      current[bin] = Math.log1p(1000 * Math.hypot(real[bin], imaginary[bin]) / windowSize);
      if (frame > 0) rise += Math.max(0, current[bin] - previous[bin]);
    }
    values[frame] = rise;
    [previous, current] = [current, previous];
  }
  return { values, frameSeconds: hop / sampleRate, firstFrameSeconds: windowSize / 2 / sampleRate };
}

/** In-place iterative radix-2 complex FFT; the length must be a power of two. */
function fft(real: Float64Array, imaginary: Float64Array): void {
  const n = real.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [real[i], real[j]] = [real[j], real[i]];
      [imaginary[i], imaginary[j]] = [imaginary[j], imaginary[i]];
    }
  }
  const table = twiddles(n);
  for (let size = 2; size <= n; size <<= 1) {
    const stride = n / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const cos = table.cos[k * stride];
        const sin = table.sin[k * stride];
        const a = start + k;
        const b = a + size / 2;
        const twiddledReal = real[b] * cos - imaginary[b] * sin;
        const twiddledImaginary = real[b] * sin + imaginary[b] * cos;
        real[b] = real[a] - twiddledReal;
        imaginary[b] = imaginary[a] - twiddledImaginary;
        real[a] += twiddledReal;
        imaginary[a] += twiddledImaginary;
      }
    }
  }
}

const twiddleTables = new Map<number, { cos: Float64Array; sin: Float64Array }>();

/** e^(-2πik/n) for k < n/2, computed once a length. */
function twiddles(n: number): { cos: Float64Array; sin: Float64Array } {
  let table = twiddleTables.get(n);
  if (!table) {
    const angles = Array.from({ length: n / 2 }, (_, k) => (-2 * Math.PI * k) / n);
    table = { cos: Float64Array.from(angles, Math.cos), sin: Float64Array.from(angles, Math.sin) };
    twiddleTables.set(n, table);
  }
  return table;
}
