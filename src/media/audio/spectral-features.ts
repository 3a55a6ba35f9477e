import { createMelFilterbank } from './mel-filterbank.ts';
import { RealFft } from './real-fft.ts';

/** What one short-time Fourier pass over the audio yields; every later stage reads these arrays. */
export interface SpectralFeatures {
  frameCount: number;
  /** Frames per second (about 86 at any sample rate). */
  frameRate: number;
  /** Log mel energies in dB, `frameCount × melBandCount`, row-major. */
  melDb: Float32Array;
  melBandCount: number;
  melCenterHz: Float64Array;
  /** Energy per pitch class (C, C#, ... B), one row of 12 every `chromaStep` frames. */
  chroma: Float32Array;
  chromaStep: number;
}

/** Frame rate shared by all sample rates, so time constants mean the same whatever the input. */
const targetFrameRate = 86;
const frameSeconds = 0.046;
const melBandCount = 40;
/** Harmony changes slowly; a chroma row every 4 frames (46 ms) is plenty for section boundaries. */
const chromaStep = 4;

/**
 * Runs one Hann-windowed STFT (≈46 ms frames, ≈11.6 ms hop, frames centred on their time) and folds
 * each power spectrum straight into mel bands and pitch classes, so the full spectrogram is never stored.
 */
export function computeSpectralFeatures(samples: Float32Array, sampleRate: number): SpectralFeatures {
  const hopSize = Math.max(1, Math.round(sampleRate / targetFrameRate));
  const fftSize = 2 ** Math.round(Math.log2(sampleRate * frameSeconds));
  const binCount = fftSize / 2 + 1;
  const frameCount = Math.floor(samples.length / hopSize) + 1;
  const fft = new RealFft(fftSize);
  const window = new Float64Array(fftSize);
  for (let i = 0; i < fftSize; i++) window[i] = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / fftSize);
  const mel = createMelFilterbank(sampleRate, fftSize, melBandCount, 30, 8000);
  const { bins: chromaBins, classes: chromaClasses } = pitchClassMap(sampleRate, fftSize);

  const frame = new Float64Array(fftSize);
  const power = new Float64Array(binCount);
  const real = new Float64Array(binCount);
  const imag = new Float64Array(binCount);
  const melDb = new Float32Array(frameCount * melBandCount);
  const chroma = new Float32Array(Math.ceil(frameCount / chromaStep) * 12);
  // Scales power so a full-scale sine reads about 0 dB whatever the FFT size.
  const powerScale = 4 / (fftSize * fftSize);
  const half = fftSize / 2;

  for (let t = 0; t < frameCount; t++) {
    const start = t * hopSize - half;
    if (start >= 0 && start + fftSize <= samples.length) {
      for (let i = 0; i < fftSize; i++) frame[i] = samples[start + i] * window[i];
    } else {
      for (let i = 0; i < fftSize; i++) {
        const index = start + i;
        frame[i] = index >= 0 && index < samples.length ? samples[index] * window[i] : 0;
      }
    }
    fft.power(frame, power, real, imag);
    const row = t * melBandCount;
    for (let band = 0; band < melBandCount; band++) {
      const weights = mel.weights[band];
      const first = mel.firstBin[band];
      let sum = 0;
      for (let j = 0; j < weights.length; j++) sum += weights[j] * power[first + j];
      melDb[row + band] = 10 * Math.log10(sum * powerScale + 1e-10);
    }
    if (t % chromaStep === 0) {
      const chromaRow = (t / chromaStep) * 12;
      for (let j = 0; j < chromaBins.length; j++) chroma[chromaRow + chromaClasses[j]] += power[chromaBins[j]] * powerScale;
    }
  }
  return { frameCount, frameRate: sampleRate / hopSize, melDb, melBandCount, melCenterHz: mel.centerHz, chroma, chromaStep };
}

/** The FFT bins between 100 Hz and 5 kHz and their pitch class (0 = C); lower bins are wider than a semitone. */
function pitchClassMap(sampleRate: number, fftSize: number): { bins: Int32Array; classes: Int32Array } {
  const bins: number[] = [];
  const classes: number[] = [];
  for (let bin = 1; bin <= fftSize / 2; bin++) {
    const hz = (bin * sampleRate) / fftSize;
    if (hz < 100 || hz > 5000) continue;
    const midi = Math.round(69 + 12 * Math.log2(hz / 440));
    bins.push(bin);
    classes.push(((midi % 12) + 12) % 12);
  }
  return { bins: Int32Array.from(bins), classes: Int32Array.from(classes) };
}
