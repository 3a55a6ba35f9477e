/**
 * The bar starts shots may cut on, from 0 to the end of the song. The tracker's downbeats are used
 * as they are; a stretch without them (a beatless intro, a break, the tail) is filled with bars of
 * the song's usual length, so no shot can outlast eight bars just because the tracker fell silent.
 * With no downbeats at all, every fourth beat is a bar; with no beats either, two seconds.
 */
export function barGrid(downbeats: readonly number[], beats: readonly number[], duration: number): number[] {
  let anchors = downbeats.filter((time) => time >= 0 && time < duration);
  if (anchors.length < 2) anchors = beats.filter((_, index) => index % 4 === 0).filter((time) => time < duration);
  // A bar is 1 to 4 seconds (four beats at 240 to 60 BPM); two lone downbeats far apart say nothing of it.
  const gaps = (times: readonly number[]) => times.slice(1).map((time, index) => time - times[index]);
  const estimate = anchors.length >= 3 ? median(gaps(anchors)) : beats.length >= 5 ? 4 * median(gaps(beats)) : 2;
  const bar = Math.min(4, Math.max(1, estimate));
  const grid: number[] = [0];
  const fill = (from: number, to: number) => {
    // Evenly spaced bars of about the usual length between two anchors more than 1.5 bars apart.
    const count = Math.round((to - from) / bar);
    for (let step = 1; step < count; step++) grid.push(from + ((to - from) * step) / count);
  };
  let last = 0;
  for (const anchor of anchors) {
    if (anchor - last < bar * 0.5) {
      if (last === 0 && anchor > 0) grid[0] = 0; // a downbeat right at the start: the video still opens at 0
      continue;
    }
    if (anchor - last > bar * 1.5) fill(last, anchor);
    grid.push(anchor);
    last = anchor;
  }
  // The tail keeps the song's bar: the tracker often misses the last downbeats as the song fades.
  for (let next = last + bar; next < duration - bar * 0.5; next += bar) grid.push(next);
  return grid;
}

/** Index of the grid time nearest `time`. */
export function nearestIndex(grid: readonly number[], time: number): number {
  let best = 0;
  for (let index = 1; index < grid.length; index++) if (Math.abs(grid[index] - time) < Math.abs(grid[best] - time)) best = index;
  return best;
}

function median(values: number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The downbeats with bar 1 where a person says it starts: the beat nearest `barOneSeconds` and
 * every bar's worth of beats before and after it (the bar's length in beats read from the tracker's
 * downbeats, four without them). Without beats, the tracker's downbeats shifted to it.
 */
export function downbeatsFrom(barOneSeconds: number, downbeats: readonly number[], beats: readonly number[]): number[] {
  if (beats.length < 2) {
    const shift = downbeats.length > 0 ? barOneSeconds - downbeats[nearestIndex(downbeats, barOneSeconds)] : 0;
    return downbeats.map((time) => time + shift).filter((time) => time >= 0);
  }
  const gaps = (times: readonly number[]) => times.slice(1).map((time, index) => time - times[index]);
  const beatsPerBar = downbeats.length >= 3 ? Math.max(2, Math.min(7, Math.round(median(gaps(downbeats)) / median(gaps(beats))))) : 4;
  const first = nearestIndex(beats, barOneSeconds);
  return beats.filter((_, index) => (((index - first) % beatsPerBar) + beatsPerBar) % beatsPerBar === 0);
}
