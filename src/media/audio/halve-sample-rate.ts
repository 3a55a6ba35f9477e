/**
 * Half-band low-pass taps for 2:1 decimation: a Kaiser-windowed sinc of 31 taps, flat to 8 kHz and
 * 70 dB down from 14.05 kHz at 44.1 kHz. What it lets fold back lands above 8 kHz, beyond every band
 * the analysis reads, so a short filter does where ffmpeg's resampler uses 66 taps. A half-band
 * filter's even taps are zero apart from the centre (0.5), so only the 8 odd ones are kept.
 */
const oddTaps = halfBandTaps(8, 0.1102 * (70 - 8.7));

/**
 * Every second sample of `samples · scale` after the half-band low-pass, centred (no delay): the
 * output has ⌈n/2⌉ samples, sample k at the time of input 2k, as ffmpeg's 2:1 resampling gives.
 * `samples` may be the integers of a PCM file, scaled here, so no float copy of the input is made.
 */
export function halveSampleRate(samples: ArrayLike<number>, scale: number): Float32Array {
  const length = samples.length;
  const output = new Float32Array(Math.ceil(length / 2));
  const [c0, c1, c2, c3, c4, c5, c6, c7] = oddTaps;
  const centre = 0.5 * scale;
  // Outputs firstSafe..safeEnd read only samples inside the signal.
  const reach = 2 * oddTaps.length - 1;
  const firstSafe = Math.ceil(reach / 2);
  const safeEnd = Math.floor((length - 1 - reach) / 2);
  // Unrolled over the 8 pairs of symmetric taps: a loop over them cost half as much again.
  for (let k = firstSafe; k <= safeEnd; k++) {
    const i = 2 * k;
    output[k] =
      centre * samples[i] +
      scale *
        (c0 * (samples[i - 1] + samples[i + 1]) +
          c1 * (samples[i - 3] + samples[i + 3]) +
          c2 * (samples[i - 5] + samples[i + 5]) +
          c3 * (samples[i - 7] + samples[i + 7]) +
          c4 * (samples[i - 9] + samples[i + 9]) +
          c5 * (samples[i - 11] + samples[i + 11]) +
          c6 * (samples[i - 13] + samples[i + 13]) +
          c7 * (samples[i - 15] + samples[i + 15]));
  }
  // The first and last few outputs reach past the signal, where it counts as silence.
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
