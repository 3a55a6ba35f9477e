import type { VocabularyItem } from '../vocabulary-contracts.ts';
import { shortestClipSeconds } from './shorts-contracts.ts';

export interface WindowScore {
  expressions: number;
  energy: number;
  chat: number | null;
  total: number;
}

export interface ScoreSources {
  items: VocabularyItem[];
  /** Loudness 0..1 per second of the recording (intensityFromLoudness). */
  intensity: number[];
  /** Seconds of laughing chat messages, or null without a chat log. */
  laughter: number[] | null;
  recordingSeconds: number;
}

/** Chat reacts after the moment: laughter up to this long after a clip's end counts for it. */
export const chatLagSeconds = 5;

// Slang, stream terms and grammar patterns are what a Japanese-teaching short is about; ordinary words count half.
const weightOf = (item: VocabularyItem) => (item.kind === 'word' ? 0.5 : 1);

/**
 * Scores any span of the recording. Each part is made relative to the recording (the densest
 * 15 s of new expressions, the busiest 15 s of laughter reads 1), so a quiet stream still has its
 * best moments, and the weights say what a short is for: teaching expressions first, then energy.
 */
export function createWindowScorer(sources: ScoreSources): (start: number, end: number) => WindowScore {
  const seconds = Math.max(1, Math.ceil(sources.recordingSeconds));
  // Every use counts, not only the first: a span is scored on what is said in it, so a climax that
  // reuses the stream's slang competes with the opening where it was first heard. An expression
  // said often counts less per use (1/√uses), so one filler word cannot make a span.
  const newExpressions = new Float64Array(seconds + 1);
  for (const item of sources.items) {
    const timed = item.occurrences.filter((occurrence) => occurrence.start !== null);
    for (const occurrence of timed) newExpressions[Math.min(seconds - 1, Math.floor(occurrence.start!)) + 1] += weightOf(item) / Math.sqrt(timed.length);
  }
  const laughs = new Float64Array(seconds + 1);
  for (const time of sources.laughter ?? []) laughs[Math.min(seconds - 1, Math.floor(time)) + 1] += 1;
  const loudness = new Float64Array(seconds + 1);
  for (let second = 0; second < seconds; second += 1) {
    newExpressions[second + 1] += newExpressions[second];
    laughs[second + 1] += laughs[second];
    loudness[second + 1] = loudness[second] + (sources.intensity[second] ?? 0);
  }
  const sum = (prefix: Float64Array, start: number, end: number) => {
    const from = Math.max(0, Math.min(seconds, Math.floor(start)));
    const to = Math.max(from, Math.min(seconds, Math.ceil(end)));
    return prefix[to] - prefix[from];
  };
  const busiest = (prefix: Float64Array, lag: number) => {
    let best = 0;
    for (let start = 0; start <= Math.max(0, seconds - shortestClipSeconds); start += 1) {
      best = Math.max(best, sum(prefix, start, start + shortestClipSeconds + lag) / shortestClipSeconds);
    }
    return best;
  };
  const densestExpressions = busiest(newExpressions, 0);
  const busiestChat = busiest(laughs, chatLagSeconds);

  return (start, end) => {
    const length = Math.max(1, end - start);
    const expressions = densestExpressions > 0 ? Math.min(1, sum(newExpressions, start, end) / length / densestExpressions) : 0;
    const energy = Math.min(1, sum(loudness, start, end) / Math.max(1, Math.ceil(end) - Math.floor(start)));
    const chat = sources.laughter === null ? null
      : busiestChat > 0 ? Math.min(1, sum(laughs, start, end + chatLagSeconds) / length / busiestChat) : 0;
    const total = chat === null ? 0.6 * expressions + 0.4 * energy : 0.5 * expressions + 0.3 * energy + 0.2 * chat;
    return { expressions: round(expressions), energy: round(energy), chat: chat === null ? null : round(chat), total: round(total) };
  };
}

const round = (value: number) => Math.round(value * 1000) / 1000;
