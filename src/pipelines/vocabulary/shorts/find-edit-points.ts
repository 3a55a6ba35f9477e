import type { TranscriptCue } from '../vocabulary-contracts.ts';
import type { Chapter, EditPoint } from './shorts-contracts.ts';

/** A gap between cues at least this long is a clean place to cut. */
const shortestPauseSeconds = 0.7;
/** Seconds at least this loud (relative to the loudest) are highlights. */
const highlightIntensity = 0.85;
/** Highlights and laughter bursts closer than this are one moment. */
const momentSpacingSeconds = 10;
const laughterBurst = 3;
const mostPauses = 150;
const mostMoments = 30;

/**
 * Where an editor may cut or look: pauses between sentences (the midpoint of the silence), the
 * loudest moments, bursts of laughter in chat (3 or more in 10 s) and the chapter starts, in time order.
 */
export function findEditPoints(cues: TranscriptCue[], intensity: number[], laughter: number[] | null, chapters: Chapter[]): EditPoint[] {
  const timed = cues.filter((cue): cue is { start: number; end: number; text: string } => cue.start !== null && cue.end !== null);
  const pauses: EditPoint[] = [];
  for (let index = 1; index < timed.length; index += 1) {
    const gap = timed[index].start - timed[index - 1].end;
    if (gap >= shortestPauseSeconds) {
      pauses.push({ time: round(timed[index - 1].end + gap / 2), kind: 'pause', strength: round(gap), note: `${gap.toFixed(1)} s pause before “${timed[index].text.slice(0, 20)}”` });
    }
  }
  const highlights = spaced(
    intensity.map((value, second) => ({ time: second, strength: value })).filter((point) => point.strength >= highlightIntensity),
  ).map((point): EditPoint => ({ time: point.time, kind: 'highlight', strength: round(point.strength), note: `loud moment (${Math.round(point.strength * 100)}% of the loudest second)` }));
  const laughs = laughter ?? [];
  let until = 0;
  // Laughter is sorted, so one moving end counts the messages in each 10 s from every message.
  const counted = laughs.map((time, index) => {
    while (until < laughs.length && laughs[until] < time + momentSpacingSeconds) until += 1;
    return { time, strength: until - index };
  });
  const bursts = spaced(counted
    .filter((point) => point.strength >= laughterBurst))
    .map((point): EditPoint => ({ time: round(point.time), kind: 'chat-laughter', strength: point.strength, note: `${point.strength} laughing chat messages in 10 s` }));
  const chapterPoints = chapters.map((chapter): EditPoint => ({ time: chapter.start, kind: 'chapter', strength: 1, note: `chapter: ${chapter.title}` }));
  const strongestPauses = pauses.sort((a, b) => b.strength - a.strength).slice(0, mostPauses);
  return [...strongestPauses, ...highlights, ...bursts, ...chapterPoints].sort((a, b) => a.time - b.time || a.kind.localeCompare(b.kind));
}

/** The strongest points first, each at least `momentSpacingSeconds` from a stronger one. */
function spaced(points: { time: number; strength: number }[]): { time: number; strength: number }[] {
  const kept: { time: number; strength: number }[] = [];
  for (const point of [...points].sort((a, b) => b.strength - a.strength || a.time - b.time)) {
    if (kept.length === mostMoments) break;
    if (kept.every((other) => Math.abs(other.time - point.time) >= momentSpacingSeconds)) kept.push(point);
  }
  return kept;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
