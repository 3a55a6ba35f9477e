import { peakNear, snapToPeak } from './envelope-peaks.ts';

/** Bins per beat of the profile: fine enough to tell a triplet third (8 of 24) from a sixteenth (6 of 24). */
const binsPerBeat = 24;
/**
 * How much stronger the onsets a third of a beat after the tracked beats must be than those two
 * thirds after it before the beats are moved: with straight or triplet subdivisions the two are
 * alike, so only a clear lopsided pattern counts.
 */
const lopsidedRatio = 1.5;
/** ...and they must be a real accent, not a ghost note, against the onsets on the tracked beats. */
const accentShare = 0.5;

/**
 * Swing and shuffle play each beat long-short: onsets on the beat and two thirds of the way to the
 * next. The swung off-beat is often the louder (a ride cymbal's "ding-a", an anticipated chord),
 * so a tracker that follows the strongest onsets lands on it, and its beats then read short-long:
 * strong onsets a third of a beat after each beat and few two thirds after. Music is almost never
 * played short-long throughout, so such beats are moved a third of a beat later, onto the long note.
 * Returns the beats unchanged when the pattern is not clearly there.
 */
export function swingPhase(beats: readonly number[], envelope: Float32Array): number[] {
  if (beats.length < 8) return [...beats];
  const profile = new Float64Array(binsPerBeat);
  for (let i = 0; i + 1 < beats.length; i++) {
    const span = beats[i + 1] - beats[i];
    for (let bin = 0; bin < binsPerBeat; bin++) profile[bin] += peakNear(envelope, beats[i] + (span * bin) / binsPerBeat, 1);
  }
  const around = (bin: number) => Math.max(profile[bin - 1], profile[bin], profile[bin + 1]);
  const third = around(binsPerBeat / 3);
  const twoThirds = around((2 * binsPerBeat) / 3);
  const onBeat = Math.max(profile[0], profile[1], profile[binsPerBeat - 1]);
  if (!(third > lopsidedRatio * twoThirds && third > accentShare * onBeat)) return [...beats];
  return beats.map((beat, i) => {
    const span = i + 1 < beats.length ? beats[i + 1] - beat : beat - beats[i - 1];
    return snapToPeak(envelope, Math.round(beat + span / 3), Math.max(1, Math.round(span / 24)));
  });
}
