import { peakNear, snapToPeak } from './envelope-peaks.ts';

/**
 * How much the harmony counts against the onsets (an exponent on its ratio). The tracker already
 * follows the onsets, so when it lands on the "and" they favour the "and" by construction; the
 * harmonic change is the independent witness. At 1 it was outvoted on pieces whose off-beat accents
 * are loud (onset ratio 0.6-0.8 against harmony 1.3-1.5). Chosen on development data only
 * (bench/beats/phase-cues.ts: right phase on 173 of 179 pieces at 1, 175 at 2 and 3), then frozen
 * and scored once on the unseen sets.
 */
const harmonyWeight = 2;

/**
 * Music with steady eighth notes has onsets both on the beat and halfway between, and the tracker
 * follows whichever are louder: off-beat chords, a ride cymbal or a pushed melody can make it
 * track the "and" of every beat. The harmony tells them apart: chords change on the beat far more
 * often than halfway through one. So the tracked beats are compared with the points halfway
 * between them on two counts over the whole song, onset strength and harmonic change
 * (`harmonicNovelty` over half a beat either side, so the two never share a window), each as a
 * ratio, and all beats move halfway when the onset ratio times the harmony ratio squared favours that. (Judging
 * stretches of 16 or 32 beats on their own was tried: too noisy, it moved right beats too.)
 * Returns the beats unchanged when they are too few to judge.
 */
export function offBeatPhase(beats: readonly number[], envelope: Float32Array, harmonicChange: Float32Array): number[] {
  if (beats.length < 8) return [...beats];
  const spans = beats.slice(1).map((beat, i) => beat - beats[i]);
  const onBeats = beats.slice(1);
  const halfway = beats.slice(1).map((beat, i) => Math.round((beat + beats[i]) / 2));
  const strength = (frames: number[]) => frames.reduce((sum, frame) => sum + peakNear(envelope, frame, 2), 0);
  const change = (frames: number[]) => frames.reduce((sum, frame) => sum + harmonicChange[frame], 0);
  const onsetRatio = strength(halfway) / Math.max(1e-9, strength(onBeats));
  const harmonyRatio = change(halfway) / Math.max(1e-9, change(onBeats));
  if (!(onsetRatio * harmonyRatio ** harmonyWeight > 1)) return [...beats];
  const last = beats[beats.length - 1] + Math.round(spans[spans.length - 1] / 2);
  const moved = last < envelope.length ? [...halfway, last] : halfway;
  // Onto the strongest onset within a 24th of a beat, as swingPhase does, so a moved beat sits on its note.
  return moved.map((frame, i) => snapToPeak(envelope, frame, Math.max(1, Math.round(spans[Math.min(i, spans.length - 1)] / 24))));
}
