import type { Section } from './find-sections.ts';

export type KeyMomentDescription = 'opening' | 'build-up' | 'drop' | 'breakdown' | 'climax' | 'outro';

export interface KeyMoment {
  /** Seconds, on a beat where the song has beats. */
  timestamp: number;
  /** 0..1, the intensity over the two seconds from `timestamp`. */
  intensity: number;
  description: KeyMomentDescription;
}

interface Candidate {
  time: number;
  salience: number;
  description: KeyMomentDescription;
}

/** A jump of this much intensity (0..1) across a boundary is a drop or a breakdown rather than a drift. */
const jump = 0.15;

/**
 * Chooses the moments a music video should cut on: always the opening, the outro and the climax,
 * then the boundaries with the largest change of intensity (drops, breakdowns) and rising sections
 * (build-ups), keeping them apart so the scenes spread over the song; gaps left are filled in the
 * middle of the longest stretch. Every moment but the opening is moved onto the nearest beat.
 */
export function pickKeyMoments(
  intensity: readonly number[],
  sections: readonly Section[],
  beats: readonly number[],
  duration: number,
  count: number,
): KeyMoment[] {
  const smooth = intensity.map((_, second) => meanOver(intensity, second - 2, second + 3));
  const before = (time: number) => meanOver(intensity, Math.floor(time) - 4, Math.floor(time));
  const after = (time: number) => meanOver(intensity, Math.floor(time), Math.floor(time) + 4);

  const last = sections[sections.length - 1];
  const outroStart = last && sections.length > 1 && last.start >= 0.7 * duration ? last.start : Math.max(0, duration - Math.min(10, 0.1 * duration));
  const loudest = middleOfPeak(smooth);
  const fixed: Candidate[] = [
    { time: 0, salience: Infinity, description: 'opening' },
    { time: outroStart, salience: 3, description: 'outro' },
    { time: loudest, salience: 2, description: 'climax' },
  ];
  const candidates: Candidate[] = [];
  for (const section of sections.slice(1)) {
    const change = after(section.start) - before(section.start);
    const rise = meanOver(intensity, section.end - 4, section.end) - meanOver(intensity, section.start, section.start + 4);
    if (change >= jump) candidates.push({ time: section.start, salience: change, description: 'drop' });
    else if (change <= -jump) candidates.push({ time: section.start, salience: -change, description: 'breakdown' });
    else if (rise >= jump / 2) candidates.push({ time: section.start, salience: rise, description: 'build-up' });
    else candidates.push({ time: section.start, salience: Math.abs(change) / 2, description: change >= 0 ? 'build-up' : 'breakdown' });
  }
  candidates.sort((a, b) => b.salience - a.salience);

  const spacing = Math.max(1, duration / (2 * Math.max(1, count)));
  const chosen: Candidate[] = [];
  for (const candidate of [...fixed.slice(0, count), ...candidates]) {
    if (chosen.length >= count) break;
    if (chosen.every((other) => Math.abs(other.time - candidate.time) >= spacing)) chosen.push(candidate);
  }
  while (chosen.length < Math.min(count, Math.floor(duration))) {
    const times = [...chosen.map((moment) => moment.time), duration].sort((a, b) => a - b);
    let widest = 0;
    for (let i = 1; i < times.length; i++) if (times[i] - times[i - 1] > times[widest + 1] - times[widest]) widest = i - 1;
    const time = (times[widest] + times[widest + 1]) / 2;
    const trend = after(time) - before(time);
    chosen.push({ time, salience: 0, description: trend >= 0 ? 'build-up' : 'breakdown' });
  }

  const moments = chosen.map((moment) => {
    const timestamp = moment.description === 'opening' ? snap(0, beats, 1) : snap(moment.time, beats, Infinity);
    const level = meanOver(intensity, Math.floor(timestamp), Math.floor(timestamp) + 2);
    return { timestamp: round(timestamp), intensity: round(level), description: moment.description };
  });
  moments.sort((a, b) => a.timestamp - b.timestamp || (a.description === 'opening' ? -1 : 1));
  return moments.filter((moment, index) => index === 0 || moment.timestamp > moments[index - 1].timestamp);
}

/** The middle of the stretch around the loudest second that stays within 0.03 of it: the heart of the climax, not its first second. */
function middleOfPeak(values: readonly number[]): number {
  const peak = Math.max(...values);
  const at = values.indexOf(peak);
  let from = at;
  let to = at;
  while (from > 0 && values[from - 1] >= peak - 0.03) from--;
  while (to < values.length - 1 && values[to + 1] >= peak - 0.03) to++;
  return (from + to + 1) / 2;
}

function meanOver(values: readonly number[], from: number, to: number): number {
  const start = Math.max(0, Math.floor(from));
  const end = Math.min(values.length, Math.ceil(to));
  if (end <= start) return values[Math.min(values.length - 1, Math.max(0, start))] ?? 0;
  let sum = 0;
  for (let i = start; i < end; i++) sum += values[i];
  return sum / (end - start);
}

function snap(time: number, beats: readonly number[], within: number): number {
  let best = time;
  let bestDistance = within;
  for (const beat of beats) {
    const distance = Math.abs(beat - time);
    if (distance <= bestDistance) {
      best = beat;
      bestDistance = distance;
    }
  }
  return best;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
