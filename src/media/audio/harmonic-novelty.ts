import type { SpectralFeatures } from './spectral-features.ts';

/**
 * Per onset frame, how much the harmony changes there (0 to 2): 1 − cosine between the pitch-class
 * profiles of about `span` frames before and after it, log-compressed and with their means removed,
 * so the flat spread of drums and noise cancels. Chords change on beats far more often than between them.
 */
export function harmonicNovelty(features: SpectralFeatures, span: number): Float32Array {
  const { chroma, chromaStep, frameCount } = features;
  const rows = chroma.length / 12;
  // Running sums of the log-compressed profiles, so each boundary's two windows cost 24 subtractions.
  const prefix = new Float64Array((rows + 1) * 12);
  for (let cell = 0; cell < rows * 12; cell++) prefix[cell + 12] = prefix[cell] + Math.log(1 + 1e4 * chroma[cell]);
  // The harmony is known once per chroma row, so the change is too; frames take their nearest row's.
  const rowSpan = Math.max(1, Math.round(span / chromaStep));
  const byRow = new Float32Array(rows + 1);
  for (let row = rowSpan; row + rowSpan <= rows; row++) byRow[row] = changeAt(prefix, row, rowSpan);
  const novelty = new Float32Array(frameCount);
  for (let t = 0; t < frameCount; t++) novelty[t] = byRow[Math.min(rows, Math.round(t / chromaStep))];
  return novelty;
}

/**
 * 1 − the centred cosine between the summed profiles of rows `row − span .. row − 1` and
 * `row .. row + span − 1`. A function of its own, called once a row, so V8 compiles it fully optimised.
 */
function changeAt(prefix: Float64Array, row: number, span: number): number {
  const start = (row - span) * 12;
  const middle = row * 12;
  const end = (row + span) * 12;
  let meanBefore = 0;
  let meanAfter = 0;
  for (let pitch = 0; pitch < 12; pitch++) {
    meanBefore += prefix[middle + pitch] - prefix[start + pitch];
    meanAfter += prefix[end + pitch] - prefix[middle + pitch];
  }
  meanBefore /= 12;
  meanAfter /= 12;
  let dot = 0;
  let normBefore = 0;
  let normAfter = 0;
  for (let pitch = 0; pitch < 12; pitch++) {
    const before = prefix[middle + pitch] - prefix[start + pitch] - meanBefore;
    const after = prefix[end + pitch] - prefix[middle + pitch] - meanAfter;
    dot += before * after;
    normBefore += before * before;
    normAfter += after * after;
  }
  return normBefore > 0 && normAfter > 0 ? 1 - dot / Math.sqrt(normBefore * normAfter) : 0;
}
