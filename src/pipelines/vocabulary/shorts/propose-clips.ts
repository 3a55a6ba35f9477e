import type { TranscriptCue } from '../vocabulary-contracts.ts';
import type { WindowScore } from './score-window.ts';
import { longestClipSeconds, shortestClipSeconds } from './shorts-contracts.ts';

export interface ProposedSpan {
  start: number;
  end: number;
  score: WindowScore;
}

type Scorer = (start: number, end: number) => WindowScore;
interface Span {
  start: number;
  end: number;
}

/**
 * Picks `count` spans of 15 to 60 s that do not overlap, best score first, then returns them in
 * time order. Candidates start where a cue starts and end where a cue ends, so no sentence is cut
 * in half. A span is taken only if the time left around the spans taken can still hold the clips
 * still to pick, so one long favourite cannot crowd the others out of a short recording; where
 * speech leaves no cue-aligned span, the rest are filled from a 5 s grid over the free time.
 */
export function proposeClips(cues: TranscriptCue[], recordingSeconds: number, count: number, score: Scorer): ProposedSpan[] {
  const timed = cues.filter((cue): cue is { start: number; end: number; text: string } => cue.start !== null && cue.end !== null && cue.text.trim() !== '');
  const chosen: ProposedSpan[] = [];
  const pick = (spans: Span[]) => {
    const ranked = spans.map((span) => ({ ...span, score: score(span.start, span.end) }))
      .sort((a, b) => b.score.total - a.score.total || a.start - b.start);
    for (const candidate of ranked) {
      if (chosen.length === count) return;
      if (!chosen.every((other) => candidate.end <= other.start || candidate.start >= other.end)) continue;
      if (capacity([...chosen, candidate], recordingSeconds) >= count - chosen.length - 1) chosen.push(candidate);
    }
  };
  pick(cueSpans(timed, recordingSeconds));
  if (chosen.length < count) pick(gridSpans(chosen, recordingSeconds));
  return chosen.sort((a, b) => a.start - b.start);
}

/** Spans from a cue's start to a later cue's end, 15 to 60 s long. */
function cueSpans(cues: Span[], recordingSeconds: number): Span[] {
  const spans: Span[] = [];
  cues.forEach((first, index) => {
    for (let last = index; last < cues.length && cues[last].end - first.start <= longestClipSeconds; last += 1) {
      const end = Math.min(cues[last].end, recordingSeconds);
      if (end - first.start >= shortestClipSeconds) spans.push({ start: first.start, end });
    }
  });
  return spans;
}

/** 15 s spans every 5 s through the time no chosen span covers, plus one flush with each gap's end. */
function gridSpans(chosen: Span[], recordingSeconds: number): Span[] {
  const spans: Span[] = [];
  for (const gap of freeGaps(chosen, recordingSeconds)) {
    for (let start = gap.start; start + shortestClipSeconds <= gap.end + 1e-6; start += 5) spans.push({ start: round(start), end: round(start + shortestClipSeconds) });
    if (gap.end - gap.start >= shortestClipSeconds) spans.push({ start: round(gap.end - shortestClipSeconds), end: round(gap.end) });
  }
  return spans;
}

/** How many more 15 s clips fit in the time the spans leave free. */
function capacity(spans: Span[], recordingSeconds: number): number {
  return freeGaps(spans, recordingSeconds).reduce((sum, gap) => sum + Math.floor((gap.end - gap.start + 1e-6) / shortestClipSeconds), 0);
}

function freeGaps(spans: Span[], recordingSeconds: number): Span[] {
  const gaps: Span[] = [];
  let free = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start > free) gaps.push({ start: free, end: span.start });
    free = Math.max(free, span.end);
  }
  if (recordingSeconds > free) gaps.push({ start: free, end: recordingSeconds });
  return gaps;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
