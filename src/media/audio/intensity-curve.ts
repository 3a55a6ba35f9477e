/** A second-order IIR section, coefficients normalised so a0 = 1. */
interface Biquad {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

/**
 * The two K-weighting filters of ITU-R BS.1770 (a high shelf of about +4 dB above 1.7 kHz for the
 * head's acoustics, then a high-pass at 38 Hz), derived for any sample rate through the bilinear
 * transform from the analogue parameters that reproduce the standard's 48 kHz coefficients.
 */
export function kWeightingFilters(sampleRate: number): [Biquad, Biquad] {
  const shelfK = Math.tan((Math.PI * 1681.974450955533) / sampleRate);
  const shelfQ = 0.7071752369554196;
  const gain = 10 ** (3.999843853973347 / 20);
  const bandGain = gain ** 0.4996667741545416;
  const shelfNorm = 1 + shelfK / shelfQ + shelfK * shelfK;
  const shelf: Biquad = {
    b0: (gain + (bandGain * shelfK) / shelfQ + shelfK * shelfK) / shelfNorm,
    b1: (2 * (shelfK * shelfK - gain)) / shelfNorm,
    b2: (gain - (bandGain * shelfK) / shelfQ + shelfK * shelfK) / shelfNorm,
    a1: (2 * (shelfK * shelfK - 1)) / shelfNorm,
    a2: (1 - shelfK / shelfQ + shelfK * shelfK) / shelfNorm,
  };
  const passK = Math.tan((Math.PI * 38.13547087602444) / sampleRate);
  const passQ = 0.5003270373238773;
  const passNorm = 1 + passK / passQ + passK * passK;
  const highPass: Biquad = {
    b0: 1,
    b1: -2,
    b2: 1,
    a1: (2 * (passK * passK - 1)) / passNorm,
    a2: (1 - passK / passQ + passK * passK) / passNorm,
  };
  return [shelf, highPass];
}

/** Loudness in LUFS-like units (-0.691 + 10·log10 of the K-weighted mean square) for each whole second. */
export function loudnessPerSecond(samples: Float32Array, sampleRate: number): number[] {
  const [shelf, highPass] = kWeightingFilters(sampleRate);
  const blockLength = sampleRate;
  const blockCount = Math.max(1, Math.ceil(samples.length / blockLength - 1e-9));
  const sums = new Float64Array(blockCount);
  // Direct form I for both sections in one pass; state in locals keeps the loop fast.
  let x1 = 0, x2 = 0, y1 = 0, y2 = 0, z1 = 0, z2 = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i];
    const y = shelf.b0 * x + shelf.b1 * x1 + shelf.b2 * x2 - shelf.a1 * y1 - shelf.a2 * y2;
    x2 = x1;
    x1 = x;
    const z = highPass.b0 * y + highPass.b1 * y1 + highPass.b2 * y2 - highPass.a1 * z1 - highPass.a2 * z2;
    y2 = y1;
    y1 = y;
    z2 = z1;
    z1 = z;
    sums[(i / blockLength) | 0] += z * z;
  }
  return Array.from(sums, (sum, block) => {
    const length = Math.min(blockLength, samples.length - block * blockLength);
    return -0.691 + 10 * Math.log10(sum / Math.max(1, length) + 1e-12);
  });
}

/** How far below the loudest second a second reads as 0: about the range between a whisper-quiet intro and a full chorus. */
const rangeLu = 20;

/**
 * One intensity value per second in 0..1: K-weighted loudness mapped linearly in dB from
 * `rangeLu` below the song's loudest second (0) to that second (1). Relative to the song, because
 * what the video needs is where this song is calm and where it peaks, not how loud it was mastered.
 */
export function intensityCurve(samples: Float32Array, sampleRate: number): number[] {
  const loudness = loudnessPerSecond(samples, sampleRate);
  const loudest = Math.max(...loudness);
  return loudness.map((value) => Math.max(0, Math.min(1, (value - (loudest - rangeLu)) / rangeLu)));
}
