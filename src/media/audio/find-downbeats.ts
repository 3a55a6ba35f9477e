import { peakNear } from './envelope-peaks.ts';
import type { SpectralFeatures } from './spectral-features.ts';

export interface DownbeatEstimate {
  /** Beats per bar: 3 or 4. */
  beatsPerBar: number;
  /** Frame positions of the beats that start a bar. */
  downbeats: number[];
}

/** 4/4 is far more common, so 3/4 must explain the accents clearly better to win. */
const tripleMeterHandicap = 0.85;
/** Cost, in standardised accent units, of restarting the bar count (a beat dropped or added by the tracker). */
const barRestartCost = 4;
/** Beats of harmony compared on each side of a beat: one is too noisy, a whole bar too slow. */
const harmonySpan = 2;

/**
 * Finds the bar position of each beat from the accents a bar usually starts with: a bass note or
 * kick drum (low-band onset) and a change of harmony. The metre (3 or 4) is the one whose best
 * phase gathers the most accent; then a Viterbi pass counts beats through the bar, allowing a rare
 * restart where the accents say the count slipped.
 */
export function findDownbeats(beats: readonly number[], lowEnvelope: Float32Array, features: SpectralFeatures): DownbeatEstimate {
  if (beats.length < 8) return { beatsPerBar: 4, downbeats: beats.filter((_, index) => index % 4 === 0) };
  const bass = standardise(beats.map((frame) => peakNear(lowEnvelope, frame, 2)));
  const harmony = standardise(harmonicChange(beatChroma(beats, features)));
  const accent = bass.map((value, index) => value + harmony[index]);

  let best = { score: -Infinity, beatsPerBar: 4 };
  for (const beatsPerBar of [4, 3]) {
    for (let phase = 0; phase < beatsPerBar; phase++) {
      let onBar = 0;
      let count = 0;
      for (let index = phase; index < accent.length; index += beatsPerBar) {
        onBar += accent[index];
        count++;
      }
      // The mean accent is 0 after standardising, so the mean on the bar lines is the contrast itself.
      const score = (onBar / count) * (beatsPerBar === 3 ? tripleMeterHandicap : 1);
      if (score > best.score) best = { score, beatsPerBar };
    }
  }
  const positions = countThroughBars(accent, best.beatsPerBar);
  return { beatsPerBar: best.beatsPerBar, downbeats: beats.filter((_, index) => positions[index] === 0) };
}

/** Viterbi over "which beat of the bar is this": advancing by one is free, any other step costs `barRestartCost`. */
function countThroughBars(accent: number[], beatsPerBar: number): number[] {
  const reward = (index: number, position: number) => (position === 0 ? accent[index] : -accent[index] / (beatsPerBar - 1));
  let score = Array.from({ length: beatsPerBar }, (_, position) => reward(0, position));
  const back: number[][] = [];
  for (let index = 1; index < accent.length; index++) {
    const links: number[] = [];
    score = Array.from({ length: beatsPerBar }, (_, position) => {
      let bestValue = -Infinity;
      let bestPrevious = 0;
      for (let previous = 0; previous < beatsPerBar; previous++) {
        const value = score[previous] - ((previous + 1) % beatsPerBar === position ? 0 : barRestartCost);
        if (value > bestValue) {
          bestValue = value;
          bestPrevious = previous;
        }
      }
      links.push(bestPrevious);
      return bestValue + reward(index, position);
    });
    back.push(links);
  }
  const positions = new Array<number>(accent.length);
  positions[accent.length - 1] = score.indexOf(Math.max(...score));
  for (let index = accent.length - 1; index > 0; index--) positions[index - 1] = back[index - 1][positions[index]];
  return positions;
}

/**
 * Mean pitch-class profile over each beat, log-compressed and with its mean removed, so the flat
 * spread of drums and noise cancels and what remains is the chord.
 */
function beatChroma(beats: readonly number[], features: SpectralFeatures): Float64Array[] {
  const { chroma, chromaStep } = features;
  const rows = chroma.length / 12;
  return beats.map((frame, index) => {
    const next = index + 1 < beats.length ? beats[index + 1] : frame + (frame - beats[index - 1]);
    const profile = new Float64Array(12);
    for (let row = Math.ceil(frame / chromaStep); row <= Math.min(rows - 1, Math.floor((next - 1) / chromaStep)); row++) {
      for (let pitch = 0; pitch < 12; pitch++) profile[pitch] += Math.log(1 + 1e4 * chroma[row * 12 + pitch]);
    }
    const mean = profile.reduce((total, value) => total + value, 0) / 12;
    for (let pitch = 0; pitch < 12; pitch++) profile[pitch] -= mean;
    return profile;
  });
}

/** 1 − cosine between the harmony of the `harmonySpan` beats before each beat and of the beats from it on. */
function harmonicChange(profiles: Float64Array[]): number[] {
  return profiles.map((_, index) => {
    const before = new Float64Array(12);
    const after = new Float64Array(12);
    for (let offset = 1; offset <= harmonySpan; offset++) {
      const earlier = profiles[index - offset];
      const later = profiles[index + offset - 1];
      for (let pitch = 0; pitch < 12; pitch++) {
        if (earlier) before[pitch] += earlier[pitch];
        if (later) after[pitch] += later[pitch];
      }
    }
    let dot = 0, normBefore = 0, normAfter = 0;
    for (let pitch = 0; pitch < 12; pitch++) {
      dot += before[pitch] * after[pitch];
      normBefore += before[pitch] ** 2;
      normAfter += after[pitch] ** 2;
    }
    return normBefore > 0 && normAfter > 0 ? 1 - dot / Math.sqrt(normBefore * normAfter) : 0;
  });
}


function standardise(values: number[]): number[] {
  const mean = values.reduce((total, value) => total + value, 0) / values.length;
  const deviation = Math.sqrt(values.reduce((total, value) => total + (value - mean) ** 2, 0) / values.length) || 1;
  return values.map((value) => (value - mean) / deviation);
}
