import type { SpectralFeatures } from './spectral-features.ts';

export interface Section {
  /** Seconds. */
  start: number;
  end: number;
  /** Sections that sound alike share a letter (A, B, A, C...). */
  label?: string;
}

const blockSeconds = 0.5;
/** Half the width of the novelty kernel: what happened in the last 6 s against the next 6 s. */
const kernelSeconds = 6;
/** Shorter sections than this are not worth a scene of their own. */
const shortestSectionSeconds = 8;
const timbreBandGroups = 10;
/** 10^(dB/10) as e^(dB·ln10/10): Math.exp is several times faster than a power of ten. */
const nepersPerDecibel = Math.LN10 / 10;

/**
 * Structural boundaries by Foote's novelty: half-second blocks described by harmony (chroma), timbre
 * (coarse mel spectrum) and loudness are compared with each other, and a checkerboard kernel slid
 * along the diagonal of that self-similarity matrix peaks where the past stops resembling the future.
 * Boundaries are moved to the nearest downbeat, where sections start in practice.
 */
export function findSections(features: SpectralFeatures, duration: number, downbeats: readonly number[]): Section[] {
  const vectors = blockVectors(features, duration);
  const blockCount = vectors.length;
  const half = Math.round(kernelSeconds / blockSeconds);
  if (duration < 2 * shortestSectionSeconds || blockCount < 2 * half) return [{ start: 0, end: round(duration), label: 'A' }];

  const taper = checkerboardTaper(half);
  const novelty = noveltyCurve(vectors, taper, half);

  const values = Array.from(novelty);
  const mean = values.reduce((total, value) => total + value, 0) / blockCount;
  const deviation = Math.sqrt(values.reduce((total, value) => total + (value - mean) ** 2, 0) / blockCount);
  const reach = Math.round(shortestSectionSeconds / blockSeconds);
  const boundaries: number[] = [];
  for (let block = reach; block <= blockCount - reach; block++) {
    if (novelty[block] < mean + 0.5 * deviation) continue;
    let isPeak = true;
    for (let other = block - reach; other <= block + reach && isPeak; other++) {
      if (other !== block && other >= 0 && other < blockCount && novelty[other] > novelty[block]) isPeak = false;
    }
    if (isPeak && (boundaries.length === 0 || block - boundaries[boundaries.length - 1] >= reach)) boundaries.push(block);
  }

  const times = boundaries.map((block) => snap(block * blockSeconds, downbeats, 2));
  const edges = [0, ...times.filter((time) => time > shortestSectionSeconds / 2 && time < duration - shortestSectionSeconds / 2), duration];
  const sections = edges.slice(0, -1).map((start, index) => ({ start: round(start), end: round(edges[index + 1]) }));
  return labelSections(sections, vectors);
}

/**
 * The checkerboard kernel's sum at each block (0 where it does not fit, never below 0). Its
 * WebAssembly twin saved 4 ms a three-minute song (bench/beats/kernel-twins.ts), too little to keep two.
 */
function noveltyCurve(vectors: Float64Array[], taper: Float64Array, half: number): Float64Array {
  const blockCount = vectors.length;
  const similarity = nearSimilarity(vectors, 2 * half);
  const novelty = new Float64Array(blockCount);
  for (let centre = half; centre <= blockCount - half; centre++) {
    let sum = 0;
    for (let a = -half, cell = 0; a < half; a++) {
      for (let b = -half; b < half; b++, cell++) {
        const pair = a <= b ? (centre + a) * 2 * half + (b - a) : (centre + b) * 2 * half + (a - b);
        sum += taper[cell] * similarity[pair];
      }
    }
    novelty[centre] = Math.max(0, sum);
  }
  return novelty;
}

/** The novelty kernel, `2·half` squared, row-major: a Gaussian taper, positive where both blocks are on the same side of the centre. */
function checkerboardTaper(half: number): Float64Array {
  const kernel = new Float64Array(4 * half * half);
  for (let a = -half, cell = 0; a < half; a++) {
    for (let b = -half; b < half; b++, cell++) {
      const taper = Math.exp(-((a + 0.5) ** 2 + (b + 0.5) ** 2) / (2 * (half / 2) ** 2));
      kernel[cell] = (a < 0) === (b < 0) ? taper : -taper;
    }
  }
  return kernel;
}

/**
 * The cosine similarity of every block with the next `reach - 1` blocks (itself included), row
 * `block`, column distance: each pair once, where the sliding kernel would compare it up to 576 times.
 */
function nearSimilarity(vectors: Float64Array[], reach: number): Float64Array {
  const similarity = new Float64Array(vectors.length * reach);
  for (let block = 0; block < vectors.length; block++) {
    for (let distance = 0; distance < reach && block + distance < vectors.length; distance++) {
      similarity[block * reach + distance] = cosine(vectors[block], vectors[block + distance]);
    }
  }
  return similarity;
}

/** One feature vector per block: normalised chroma, coarse log-mel shape and loudness, each dimension z-scored over the song. */
function blockVectors(features: SpectralFeatures, duration: number): Float64Array[] {
  const blockCount = Math.max(1, Math.floor(duration / blockSeconds));
  const framesPerBlock = Math.max(1, Math.round(blockSeconds * features.frameRate));
  const vectors = blockSums(features, blockCount, framesPerBlock);
  for (const vector of vectors) {
    const chromaTotal = vector.slice(0, 12).reduce((total, value) => total + value, 0);
    for (let pitch = 0; pitch < 12; pitch++) vector[pitch] = chromaTotal > 0 ? vector[pitch] / chromaTotal : 0;
  }
  for (let dimension = 0; dimension < vectors[0].length; dimension++) {
    const column = vectors.map((vector) => vector[dimension]);
    const mean = column.reduce((total, value) => total + value, 0) / column.length;
    const deviation = Math.sqrt(column.reduce((total, value) => total + (value - mean) ** 2, 0) / column.length) || 1;
    for (const vector of vectors) vector[dimension] = (vector[dimension] - mean) / deviation;
  }
  return vectors;
}

/**
 * Each block's pitch classes, coarse mel shape and loudness, summed over its frames. A WebAssembly
 * twin was slower on a three-minute song (15 ms here, 30 there: bench/beats/kernel-twins.ts), so it went.
 */
function blockSums(features: SpectralFeatures, blockCount: number, framesPerBlock: number): Float64Array[] {
  const { melDb, melBandCount, chroma, chromaStep, frameCount } = features;
  const vectors: Float64Array[] = [];
  for (let block = 0; block < blockCount; block++) {
    const vector = new Float64Array(12 + timbreBandGroups + 1);
    const first = block * framesPerBlock;
    const last = Math.min(frameCount, first + framesPerBlock);
    for (let t = first; t < last; t++) {
      addTimbreAndLoudness(vector, melDb, t, melBandCount, last - first);
      if (t % chromaStep === 0) for (let pitch = 0; pitch < 12; pitch++) vector[pitch] += chroma[(t / chromaStep) * 12 + pitch];
    }
    vectors.push(vector);
  }
  return vectors;
}

/**
 * Adds frame t's share of its block's coarse mel shape and loudness (the last dimension). A function
 * of its own, called once a frame, so V8 compiles it fully optimised rather than leaving it in the
 * once-run block loop's on-stack-replaced mid-tier code.
 */
function addTimbreAndLoudness(vector: Float64Array, melDb: Float32Array, t: number, bandCount: number, framesInBlock: number): void {
  let energy = 0;
  for (let band = 0; band < bandCount; band++) {
    const db = melDb[t * bandCount + band];
    vector[12 + Math.floor((band * timbreBandGroups) / bandCount)] += db / framesInBlock;
    energy += Math.exp(db * nepersPerDecibel);
  }
  vector[vector.length - 1] += (10 * Math.log10(energy + 1e-10)) / framesInBlock;
}

/** Gives a section the letter of the first earlier section that sounds alike, else the next free letter. */
function labelSections(sections: Section[], vectors: Float64Array[]): Section[] {
  const means = sections.map(({ start, end }) => {
    const from = Math.floor(start / blockSeconds);
    const to = Math.max(from + 1, Math.min(vectors.length, Math.floor(end / blockSeconds)));
    const mean = new Float64Array(vectors[0].length);
    for (let block = from; block < to; block++) for (let d = 0; d < mean.length; d++) mean[d] += vectors[block][d] / (to - from);
    return mean;
  });
  const labels: string[] = [];
  means.forEach((mean, index) => {
    let match = -1;
    for (let earlier = 0; earlier < index && match < 0; earlier++) if (cosine(mean, means[earlier]) > 0.8) match = earlier;
    labels.push(match >= 0 ? labels[match] : String.fromCharCode(65 + (new Set(labels).size % 26)));
  });
  return sections.map((section, index) => ({ ...section, label: labels[index] }));
}

function snap(time: number, grid: readonly number[], within: number): number {
  let best = time;
  for (const point of grid) if (Math.abs(point - time) < Math.abs(best - time) && Math.abs(point - time) <= within) best = point;
  return best;
}

function cosine(a: Float64Array, b: Float64Array): number {
  let dot = 0, normA = 0, normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    normA += a[i] * a[i];
    normB += b[i] * b[i];
  }
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;
