/** A sentence on the story's whole timeline, in seconds. */
export interface Cue {
  text: string;
  start: number;
  end: number;
}

function clock(seconds: number, separator: ',' | '.'): string {
  const milliseconds = Math.round(seconds * 1000);
  const parts = [Math.floor(milliseconds / 3_600_000), Math.floor(milliseconds / 60_000) % 60, Math.floor(milliseconds / 1000) % 60];
  return `${parts.map((part) => String(part).padStart(2, '0')).join(':')}${separator}${String(milliseconds % 1000).padStart(3, '0')}`;
}

/** SubRip, for ffmpeg's mov_text track. */
export function toSrt(cues: readonly Cue[]): string {
  return cues.map((cue, index) => `${index + 1}\n${clock(cue.start, ',')} --> ${clock(cue.end, ',')}\n${cue.text}\n`).join('\n');
}

/** WebVTT, for the browser's <track>. */
export function toWebVtt(cues: readonly Cue[]): string {
  return `WEBVTT\n\n${cues.map((cue) => `${clock(cue.start, '.')} --> ${clock(cue.end, '.')}\n${cue.text}\n`).join('\n')}`;
}

/** Puts each scene's sentence timings on one timeline, scene after scene. */
export function storyCues(scenes: readonly { timings: readonly Cue[]; duration: number }[]): Cue[] {
  const cues: Cue[] = [];
  let offset = 0;
  for (const scene of scenes) {
    for (const timing of scene.timings) cues.push({ text: timing.text, start: offset + timing.start, end: offset + timing.end });
    offset += scene.duration;
  }
  return cues;
}
