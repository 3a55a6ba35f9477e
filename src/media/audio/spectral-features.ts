import { createMelFilterbank } from './mel-filterbank.ts';
import { RealFft } from './real-fft.ts';
import { WasmFrameSpectra } from './wasm-frame-spectra.ts';

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
/** 10·log10(x) as a multiple of ln(x): Math.log is about twice as fast as Math.log10, and the same to float32 precision. */
const decibelsPerNeper = 10 / Math.LN10;

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

  // The filterbank's weights in one flat array (band after band), so the inner loop reads one typed array.
  const melStart = new Int32Array(melBandCount + 1);
  for (let band = 0; band < melBandCount; band++) melStart[band + 1] = melStart[band] + mel.weights[band].length;
  const melWeights = new Float64Array(melStart[melBandCount]);
  for (let band = 0; band < melBandCount; band++) melWeights.set(mel.weights[band], melStart[band]);
  const melFirstBin = mel.firstBin;
  // Nothing reads the bins above the highest mel band and pitch class (8 kHz of 11 kHz): they are not computed.
  let usedBins = chromaBins[chromaBins.length - 1] + 1;
  for (let band = 0; band < melBandCount; band++) usedBins = Math.max(usedBins, melFirstBin[band] + mel.weights[band].length);

  const edgeFrame = new Float32Array(fftSize);
  const power = new Float64Array(binCount);
  const melDb = new Float32Array(frameCount * melBandCount);
  const chroma = new Float32Array(Math.ceil(frameCount / chromaStep) * 12);
  // Scales power so a full-scale sine reads about 0 dB whatever the FFT size.
  const powerScale = 4 / (fftSize * fftSize);
  const half = fftSize / 2;

  const frames = WasmFrameSpectra.create(samples, fft, window, { start: melStart, firstBin: melFirstBin, weights: melWeights }, hopSize);
  if (frames) {
    for (let t = 0; t < frameCount; t += 2) {
      frames.computePair(t, usedBins);
      storeFrame(frames, 0, t, powerScale, melDb, chroma, chromaBins, chromaClasses);
      if (t + 1 < frameCount) storeFrame(frames, 1, t + 1, powerScale, melDb, chroma, chromaBins, chromaClasses);
    }
    return { frameCount, frameRate: sampleRate / hopSize, melDb, melBandCount, melCenterHz: mel.centerHz, chroma, chromaStep };
  }
  for (let t = 0; t < frameCount; t++) {
    const start = t * hopSize - half;
    if (start >= 0 && start + fftSize <= samples.length) {
      fft.windowedPower(samples, start, window, power, usedBins);
    } else {
      // The first and last frames reach past the signal: zeros there.
      for (let i = 0; i < fftSize; i++) {
        const index = start + i;
        edgeFrame[i] = index >= 0 && index < samples.length ? samples[index] : 0;
      }
      fft.windowedPower(edgeFrame, 0, window, power, usedBins);
    }
    foldIntoMelBands(power, powerScale, melStart, melFirstBin, melWeights, melDb, t * melBandCount);
    if (t % chromaStep === 0) {
      const chromaRow = (t / chromaStep) * 12;
      for (let j = 0; j < chromaBins.length; j++) chroma[chromaRow + chromaClasses[j]] += power[chromaBins[j]] * powerScale;
    }
  }
  return { frameCount, frameRate: sampleRate / hopSize, melDb, melBandCount, melCenterHz: mel.centerHz, chroma, chromaStep };
}

/**
 * One frame's power spectrum as mel energies in dB, written from `melDb[row]` on. A function of its
 * own, called once a frame, because V8 then compiles it fully optimised; as part of the frame loop,
 * which runs once, it stayed in on-stack-replaced mid-tier code and cost half as much again.
 */
function foldIntoMelBands(
  power: Float64Array,
  powerScale: number,
  melStart: Int32Array,
  melFirstBin: Int32Array,
  melWeights: Float64Array,
  melDb: Float32Array,
  row: number,
): void {
  for (let band = 0; band < melFirstBin.length; band++) {
    const last = melStart[band + 1];
    let bin = melFirstBin[band];
    let sum = 0;
    for (let j = melStart[band]; j < last; j++) sum += melWeights[j] * power[bin++];
    melDb[row + band] = decibels(sum * powerScale);
  }
}

/**
 * The mel energies (and every `chromaStep` frames the pitch classes) of the frame in lane `lane` of
 * the pair the kernel last computed. A function of its own for the reason foldIntoMelBands is.
 */
function storeFrame(
  frames: WasmFrameSpectra,
  lane: 0 | 1,
  frame: number,
  powerScale: number,
  melDb: Float32Array,
  chroma: Float32Array,
  chromaBins: Int32Array,
  chromaClasses: Int32Array,
): void {
  const melSums = frames.melSums;
  const row = frame * melBandCount;
  for (let band = 0; band < melBandCount; band++) melDb[row + band] = decibels(melSums[2 * band + lane] * powerScale);
  if (frame % chromaStep !== 0) return;
  const power = frames.power;
  const chromaRow = (frame / chromaStep) * 12;
  for (let j = 0; j < chromaBins.length; j++) chroma[chromaRow + chromaClasses[j]] += power[2 * chromaBins[j] + lane] * powerScale;
}

/** A mel energy in dB; the floor keeps silence finite. */
function decibels(energy: number): number {
  return decibelsPerNeper * Math.log(energy + 1e-10);
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
