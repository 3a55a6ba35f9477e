/**
 * Half-band low-pass taps for 2:1 decimation: a Kaiser-windowed sinc of 31 taps, flat to 8 kHz and
 * 70 dB down from 14.05 kHz at 44.1 kHz. What it lets fold back lands above 8 kHz, beyond every band
 * the analysis reads, so a short filter does where ffmpeg's resampler uses 66 taps. A half-band
 * filter's even taps are zero apart from the centre (0.5), so only the 8 odd ones are kept.
 */
const oddTaps = halfBandTaps(8, 0.1102 * (70 - 8.7));
/** The eight odd taps, nearest first, for the WebAssembly version (wasm-halve-sample-rate.ts). */
export const halfBandOddTaps: readonly number[] = Array.from(oddTaps);

/**
 * Every second sample of `samples · scale` after the half-band low-pass, centred (no delay): the
 * output has ⌈n/2⌉ samples, sample k at the time of input 2k, as ffmpeg's 2:1 resampling gives.
 * `samples` may be the integers of a PCM file, scaled here, so no float copy of the input is made.
 * `output`, of that length and zeroed, may be given (a signal memory's, for one).
 */
export function halveSampleRate(samples: ArrayLike<number>, scale: number, output = new Float32Array(Math.ceil(samples.length / 2))): Float32Array {
  const length = samples.length;
  const [c0, c1, c2, c3, c4, c5, c6, c7] = oddTaps;
  const centre = 0.5 * scale;
  // Outputs firstSafe..safeEnd read only samples inside the signal.
  const reach = 2 * oddTaps.length - 1;
  const firstSafe = Math.ceil(reach / 2);
  const safeEnd = Math.floor((length - 1 - reach) / 2);
  // Unrolled over the 8 pairs of symmetric taps: a loop over them cost half as much again. The 16 odd
  // samples an output reads are held in locals, m (minus) and p (plus) by distance from the centre;
  // the next output reads the same ones shifted by one, so each output loads 2 samples, not 17.
  if (firstSafe > safeEnd) return edges(samples, scale, output, firstSafe, safeEnd);
  let i = 2 * firstSafe;
  let m15 = samples[i - 15], m13 = samples[i - 13], m11 = samples[i - 11], m9 = samples[i - 9];
  let m7 = samples[i - 7], m5 = samples[i - 5], m3 = samples[i - 3], m1 = samples[i - 1];
  let p1 = samples[i + 1], p3 = samples[i + 3], p5 = samples[i + 5], p7 = samples[i + 7];
  let p9 = samples[i + 9], p11 = samples[i + 11], p13 = samples[i + 13];
  for (let k = firstSafe; k <= safeEnd; k++, i += 2) {
    const p15 = samples[i + 15];
    output[k] =
      centre * samples[i] +
      scale *
        (c0 * (m1 + p1) +
          c1 * (m3 + p3) +
          c2 * (m5 + p5) +
          c3 * (m7 + p7) +
          c4 * (m9 + p9) +
          c5 * (m11 + p11) +
          c6 * (m13 + p13) +
          c7 * (m15 + p15));
    m15 = m13; m13 = m11; m11 = m9; m9 = m7; m7 = m5; m5 = m3; m3 = m1; m1 = p1;
    p1 = p3; p3 = p5; p5 = p7; p7 = p9; p9 = p11; p11 = p13; p13 = p15;
  }
  return edges(samples, scale, output, firstSafe, safeEnd);
}

/** The first and last few outputs, which reach past the signal, where it counts as silence. */
function edges(samples: ArrayLike<number>, scale: number, output: Float32Array, firstSafe: number, safeEnd: number): Float32Array {
  const length = samples.length;
  const centre = 0.5 * scale;
  const at = (index: number) => (index >= 0 && index < length ? samples[index] : 0);
  const edge = (k: number) => {
    let sum = 0;
    for (let tap = 0; tap < oddTaps.length; tap++) sum += oddTaps[tap] * (at(2 * k - 2 * tap - 1) + at(2 * k + 2 * tap + 1));
    output[k] = centre * at(2 * k) + scale * sum;
  };
  for (let k = 0; k < Math.min(firstSafe, output.length); k++) edge(k);
  for (let k = Math.max(firstSafe, safeEnd + 1); k < output.length; k++) edge(k);
  return output;
}

/** The odd taps ±1, ±3, ... of a half-band sinc under a Kaiser window, scaled so the filter passes 0 Hz unchanged. */
function halfBandTaps(pairs: number, beta: number): Float64Array {
  const besselI0 = (x: number) => {
    let sum = 1;
    let term = 1;
    for (let k = 1; k < 30; k++) sum += term *= (x / (2 * k)) ** 2;
    return sum;
  };
  const taps = new Float64Array(pairs);
  for (let k = 0; k < pairs; k++) {
    const offset = 2 * k + 1;
    const position = offset / (2 * pairs);
    const sinc = Math.sin((Math.PI * offset) / 2) / (Math.PI * offset);
    taps[k] = (sinc * besselI0(beta * Math.sqrt(1 - position * position))) / besselI0(beta);
  }
  const sum = taps.reduce((total, tap) => total + tap, 0);
  return taps.map((tap) => tap / (4 * sum));
}
