import { RealFft } from '../../src/media/audio/real-fft.ts';

/**
 * A plain onset curve for checking a reference's alignment: half-wave rectified spectral flux of
 * log magnitudes. Written for the bench, apart from Kiln's onset envelope, so the check on the
 * reference shares no onset detection with the tracker it will score (only the FFT, RealFft).
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
  const fft = new RealFft(windowSize);
  const power = new Float64Array(windowSize / 2 + 1);
  let previous = new Float64Array(windowSize / 2 + 1);
  let current = new Float64Array(windowSize / 2 + 1);
  for (let frame = 0; frame < frames; frame++) {
    fft.windowedPower(samples, frame * hop, hann, power);
    let rise = 0;
    for (let bin = 0; bin <= windowSize / 2; bin++) {
      // log(1 + C|X|) compresses loud chords so quiet picking still counts (C = 1000, a common choice)
      current[bin] = Math.log1p(1000 * Math.sqrt(power[bin]) / windowSize);
      if (frame > 0) rise += Math.max(0, current[bin] - previous[bin]);
    }
    values[frame] = rise;
    [previous, current] = [current, previous];
  }
  return { values, frameSeconds: hop / sampleRate, firstFrameSeconds: windowSize / 2 / sampleRate };
}
