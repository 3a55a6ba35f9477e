/** Triangular mel-scale filters over the bins of one FFT, stored sparsely (each band touches few bins). */
export interface MelFilterbank {
  bandCount: number;
  /** Centre frequency of each band in Hz. */
  centerHz: Float64Array;
  /** First FFT bin of each band. */
  firstBin: Int32Array;
  /** The weights of each band, from its first bin on. */
  weights: Float32Array[];
}

const hzToMel = (hz: number) => 2595 * Math.log10(1 + hz / 700);
const melToHz = (mel: number) => 700 * (10 ** (mel / 2595) - 1);

/**
 * Builds `bandCount` filters between `minHz` and `maxHz`. Bands narrower than one bin (low
 * frequencies with a short FFT) still get the bin nearest their centre, so no band is always empty.
 */
export function createMelFilterbank(
  sampleRate: number,
  fftSize: number,
  bandCount: number,
  minHz: number,
  maxHz: number,
): MelFilterbank {
  const binHz = sampleRate / fftSize;
  const binCount = fftSize / 2 + 1;
  const minMel = hzToMel(minHz);
  const maxMel = hzToMel(Math.min(maxHz, sampleRate / 2));
  const edges = Array.from({ length: bandCount + 2 }, (_, i) => melToHz(minMel + ((maxMel - minMel) * i) / (bandCount + 1)));
  const centerHz = new Float64Array(bandCount);
  const firstBin = new Int32Array(bandCount);
  const weights: Float32Array[] = [];
  for (let band = 0; band < bandCount; band++) {
    const [low, center, high] = [edges[band], edges[band + 1], edges[band + 2]];
    centerHz[band] = center;
    const first = Math.max(0, Math.ceil(low / binHz));
    const last = Math.min(binCount - 1, Math.floor(high / binHz));
    const bandWeights: number[] = [];
    for (let bin = first; bin <= last; bin++) {
      const hz = bin * binHz;
      bandWeights.push(hz <= center ? (hz - low) / (center - low) : (high - hz) / (high - center));
    }
    if (bandWeights.every((weight) => weight <= 0)) {
      firstBin[band] = Math.min(binCount - 1, Math.round(center / binHz));
      weights.push(Float32Array.of(1));
    } else {
      firstBin[band] = first;
      weights.push(Float32Array.from(bandWeights, (weight) => Math.max(0, weight)));
    }
  }
  return { bandCount, centerHz, firstBin, weights };
}
