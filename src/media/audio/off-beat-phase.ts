import type { SpectralFeatures } from './spectral-features.ts';

/**
 * Music with steady eighth notes has onsets both on the beat and halfway between, and the tracker
 * follows whichever are louder: off-beat chords, a ride cymbal or a pushed melody can make it
 * track the "and" of every beat. The harmony tells them apart: chords change on the beat far more
 * often than halfway through one. So the tracked beats are compared with the points halfway
 * between them on two counts over the whole song, onset strength and harmonic change, each as a
 * ratio, and all beats move halfway when the product of the two ratios favours that. (Judging
 * stretches of 16 or 32 beats on their own was tried: too noisy, it moved right beats too.)
 * Returns the beats unchanged when they are too few to judge.
 */
export function offBeatPhase(beats: readonly number[], envelope: Float32Array, features: SpectralFeatures): number[] {
  if (beats.length < 8) return [...beats];
  const spans = beats.slice(1).map((beat, i) => beat - beats[i]);
  const onBeats = beats.slice(1);
  const halfway = beats.slice(1).map((beat, i) => Math.round((beat + beats[i]) / 2));
  const strength = (frames: number[]) => frames.reduce((sum, frame) => sum + peakNear(envelope, frame, 2), 0);
  // Each point's harmony is compared over half a beat either side, so an on-beat and an off-beat window never overlap.
  const change = (frames: number[]) => frames.reduce((sum, frame, i) => sum + harmonicChange(features, frame, spans[i] / 2), 0);
  const onsetRatio = strength(halfway) / Math.max(1e-9, strength(onBeats));
  const harmonyRatio = change(halfway) / Math.max(1e-9, change(onBeats));
  if (!(onsetRatio * harmonyRatio > 1)) return [...beats];
  const last = beats[beats.length - 1] + Math.round(spans[spans.length - 1] / 2);
  const moved = last < envelope.length ? [...halfway, last] : halfway;
  // Onto the strongest onset within a 24th of a beat, as swingPhase does, so a moved beat sits on its note.
  return moved.map((frame, i) => snapToPeak(envelope, frame, Math.max(1, Math.round(spans[Math.min(i, spans.length - 1)] / 24))));
}

/** 1 − cosine between the pitch-class profiles of the `span` frames before `frame` and of those from it on. */
function harmonicChange(features: SpectralFeatures, frame: number, span: number): number {
  const before = chromaProfile(features, frame - span, frame - 1);
  const after = chromaProfile(features, frame, frame + span - 1);
  let dot = 0;
  let normBefore = 0;
  let normAfter = 0;
  for (let pitch = 0; pitch < 12; pitch++) {
    dot += before[pitch] * after[pitch];
    normBefore += before[pitch] * before[pitch];
    normAfter += after[pitch] * after[pitch];
  }
  return normBefore > 0 && normAfter > 0 ? 1 - dot / Math.sqrt(normBefore * normAfter) : 0;
}

/** Log-compressed pitch-class energy over frames `from`..`to`, mean removed so drums and noise cancel. */
function chromaProfile(features: SpectralFeatures, from: number, to: number): Float64Array {
  const { chroma, chromaStep } = features;
  const rows = chroma.length / 12;
  const profile = new Float64Array(12);
  for (let row = Math.max(0, Math.ceil(from / chromaStep)); row <= Math.min(rows - 1, Math.floor(to / chromaStep)); row++) {
    for (let pitch = 0; pitch < 12; pitch++) profile[pitch] += Math.log(1 + 1e4 * chroma[row * 12 + pitch]);
  }
  const mean = profile.reduce((total, value) => total + value, 0) / 12;
  for (let pitch = 0; pitch < 12; pitch++) profile[pitch] -= mean;
  return profile;
}

/** The frame of the strongest onset within `reach` of `frame`, so a moved beat sits on its note. */
function snapToPeak(envelope: Float32Array, frame: number, reach: number): number {
  let best = frame;
  for (let t = Math.max(0, frame - reach); t <= Math.min(envelope.length - 1, frame + reach); t++) if (envelope[t] > envelope[best]) best = t;
  return best;
}

function peakNear(envelope: Float32Array, frame: number, reach: number): number {
  let peak = 0;
  for (let t = Math.max(0, frame - reach); t <= Math.min(envelope.length - 1, frame + reach); t++) if (envelope[t] > peak) peak = envelope[t];
  return peak;
}
