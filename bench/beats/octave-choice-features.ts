import type { TempoCandidateFeatures } from './tempo-candidate-features.ts';

// Ratios and rates are logged so a cue that doubles counts the same at any scale; the floors keep a
// zero (no onset halfway, no autocorrelation at four periods) finite.
const logFloored = (value: number) => Math.log(Math.max(value, 1e-3));
const octave = (candidate: TempoCandidateFeatures) => Math.log2(candidate.bpm / 120);
const accents = (candidate: TempoCandidateFeatures) => Math.log2(candidate.accentsPerPulse + 1e-3);

/** Every feature an octave choice may weigh, by the short name the command line takes. */
export const octaveChoiceFeatures = {
  /** The score's salience term (already in log units). */
  sal: (candidate) => candidate.terms.salience,
  hit: (candidate) => Math.log(candidate.hitRate + 1e-3),
  per: (candidate) => logFloored(candidate.periodicity),
  /** Octaves from 120 BPM, and its square: together a log-normal tempo preference whose centre is fitted. */
  oct: octave,
  oct2: (candidate) => octave(candidate) ** 2,
  lsal: (candidate) => Math.log(candidate.lowSalience + 1e-9),
  lhit: (candidate) => Math.log(candidate.lowHitRate + 1e-3),
  lper: (candidate) => logFloored(candidate.lowPeriodicity),
  mid: (candidate) => Math.log(candidate.midpointRatio + 1e-3),
  thr: (candidate) => Math.log(candidate.thirdsRatio + 1e-3),
  /** Octaves of accented onsets per pulse, and its square: a preferred density of accents. */
  acc: accents,
  acc2: (candidate) => accents(candidate) ** 2,
  ph: (candidate) => logFloored(candidate.periodicityHalf),
  pd: (candidate) => logFloored(candidate.periodicityDouble),
  pt: (candidate) => logFloored(candidate.periodicityTriple),
  pq: (candidate) => logFloored(candidate.periodicityQuadruple),
} satisfies Record<string, (candidate: TempoCandidateFeatures) => number>;

export type OctaveChoiceFeature = keyof typeof octaveChoiceFeatures;

export function isOctaveChoiceFeature(name: string): name is OctaveChoiceFeature {
  return Object.hasOwn(octaveChoiceFeatures, name);
}
