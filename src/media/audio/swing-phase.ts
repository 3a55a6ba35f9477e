import { trackBeats } from './track-beats.ts';

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
 * Weight of the swung note two thirds of a beat after a frame when the beats are tracked again: it
 * counts, but less than the beat's own onset.
 */
const swungNoteWeight = 0.5;

/**
 * Swing and shuffle play each beat long-short: onsets on the beat and two thirds of the way to the
 * next. The swung off-beat is often the louder (a ride cymbal's "ding-a", an anticipated chord),
 * so a tracker that follows the strongest onsets lands on it, and its beats then read short-long:
 * strong onsets a third of a beat after each beat and few two thirds after. Music is almost never
 * played short-long throughout. The tracker can also sit on the beat for one passage and on the
 * swung note for the next (it re-locks after a break), so moving every beat by a third would put
 * the right passages wrong. Instead, once the song clearly reads long-short or short-long, the
 * beats are tracked again on onsets that reward a note on the beat followed by one two thirds of
 * the way to the next: only the beat has both, the swung note is followed by nothing.
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
  const shortLong = third > lopsidedRatio * twoThirds && third > accentShare * onBeat;
  const longShort = twoThirds > lopsidedRatio * third && twoThirds > accentShare * onBeat;
  if (!shortLong && !longShort) return [...beats];
  const periods = periodsFromBeats(beats, envelope.length);
  const swung = new Float32Array(envelope.length);
  for (let t = 0; t < envelope.length; t++) swung[t] = envelope[t] + swungNoteWeight * peakNear(envelope, t + (2 * periods[t]) / 3, 1);
  return trackBeats(swung, periods);
}

/** The beat period at every frame, read from the tracked beats' spacing. */
function periodsFromBeats(beats: readonly number[], frameCount: number): Float32Array {
  const periods = new Float32Array(frameCount);
  let index = 0;
  for (let t = 0; t < frameCount; t++) {
    while (index + 2 < beats.length && beats[index + 1] <= t) index++;
    periods[t] = beats[index + 1] - beats[index];
  }
  return periods;
}

function peakNear(envelope: Float32Array, position: number, reach: number): number {
  const centre = Math.round(position);
  let peak = 0;
  for (let t = Math.max(0, centre - reach); t <= Math.min(envelope.length - 1, centre + reach); t++) peak = Math.max(peak, envelope[t]);
  return peak;
}

/** The frame of the strongest onset within `reach` of `frame`, so a moved beat sits on its note. */
function snapToPeak(envelope: Float32Array, frame: number, reach: number): number {
  let best = Math.min(envelope.length - 1, Math.max(0, frame));
  for (let t = Math.max(0, frame - reach); t <= Math.min(envelope.length - 1, frame + reach); t++) if (envelope[t] > envelope[best]) best = t;
  return best;
}
