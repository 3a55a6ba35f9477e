import { BadInputError } from '../../../engine/errors/index.ts';
import type { StreamAnalysis, TranscriptCue } from '../vocabulary-contracts.ts';
import { describeClip } from './describe-clip.ts';
import { findEditPoints } from './find-edit-points.ts';
import { planChapters } from './plan-chapters.ts';
import { proposeClips } from './propose-clips.ts';
import { createWindowScorer } from './score-window.ts';
import { clipsThatFit, shortestClipSeconds, type ClipChoice, type ShortsPlan } from './shorts-contracts.ts';

export interface PlanShortsOptions {
  cues: TranscriptCue[];
  analysis: StreamAnalysis;
  /** Loudness 0..1 per second of the recording. */
  intensity: number[];
  /** Seconds of laughing chat messages; null without a chat log. */
  laughter: number[] | null;
  recordingSeconds: number;
  hasVideo: boolean;
  /** Clips to propose when the user chose none. */
  count: number;
  /** The user's own spans: scored and described, not chosen. */
  clips?: ClipChoice[];
}

/**
 * The whole plan of a recording, without rendering anything: the clips (proposed by score, or the
 * user's, scored the same way so the page can compare), chapters and edit points.
 */
export function planShorts(options: PlanShortsOptions): ShortsPlan {
  const { cues, analysis, intensity, laughter, recordingSeconds } = options;
  const score = createWindowScorer({ items: analysis.items, intensity, laughter, recordingSeconds });
  const warnings = [...analysis.warnings];
  let spans;
  if (options.clips) {
    const beyond = options.clips.find((clip) => clip.end > recordingSeconds + 0.5);
    if (beyond) throw new BadInputError(`A clip ends at ${beyond.end.toFixed(1)} s but the recording is ${recordingSeconds.toFixed(1)} s long; move it inside the recording.`);
    spans = options.clips.map((clip) => ({ start: clip.start, end: Math.min(clip.end, recordingSeconds), score: score(clip.start, clip.end) }));
  } else {
    const fit = clipsThatFit(recordingSeconds);
    if (fit === 0) throw new BadInputError(`The recording is ${recordingSeconds.toFixed(1)} s long; a short needs at least ${shortestClipSeconds} s.`);
    if (options.count > fit) warnings.push(`The recording holds ${fit} shorts of ${shortestClipSeconds} s without overlap, not ${options.count}.`);
    spans = proposeClips(cues, recordingSeconds, Math.min(options.count, fit), score);
  }
  const chapters = planChapters(cues, analysis.items, recordingSeconds);
  const clips = spans.map((span, position) => ({
    index: position + 1,
    start: span.start,
    end: span.end,
    score: span.score,
    ...describeClip(cues, analysis.items, span.start, span.end, `Short ${position + 1}`),
  }));
  return {
    recordingSeconds,
    hasVideo: options.hasVideo,
    clips,
    chapters,
    editPoints: findEditPoints(cues, intensity, laughter, chapters),
    warnings,
  };
}
