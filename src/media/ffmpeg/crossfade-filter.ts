export interface CrossfadeOptions {
  /** Labels of the two video streams (without brackets) and of the result. */
  from: string;
  to: string;
  output: string;
  /** When the fade starts, in seconds from the start of `from`, and how long it lasts. */
  offsetSeconds: number;
  durationSeconds: number;
  /** Whether this ffmpeg has the xfade filter (4.3 and later; see checkFfmpegFeatures). */
  hasXfade: boolean;
}

const seconds = (value: number) => String(Math.round(value * 1e6) / 1e6);

/**
 * A filter-graph fragment that fades `to` in over `from`. With xfade it is xfade's `fade`
 * transition; without it (npm's 2018 static ffmpeg) `to` is delayed to the offset, given an alpha
 * ramp and laid over `from`, which is the same linear blend. For the overlay form `to` must end no
 * later than `from` (as when the fade runs to the end of a piece): the result lasts as long as `from`.
 */
export function crossfadeFilter(options: CrossfadeOptions): string {
  const { from, to, output } = options;
  const offset = seconds(options.offsetSeconds);
  const duration = seconds(options.durationSeconds);
  if (options.hasXfade) return `[${from}][${to}]xfade=transition=fade:duration=${duration}:offset=${offset}[${output}]`;
  const faded = `${to}_faded`;
  return [
    `[${to}]format=yuva420p,fade=t=in:st=0:d=${duration}:alpha=1,setpts=PTS+${offset}/TB[${faded}]`,
    `[${from}][${faded}]overlay=eof_action=pass:format=yuv420[${output}]`,
  ].join(';');
}
