/**
 * Reads a subtitle timecode (`01:02:03.456`, `02:03,456`, `1:02:03.45`) into seconds; null when the
 * text is not one. WebVTT allows the hours to be left out and SRT writes a comma before the
 * milliseconds, so both are accepted here once.
 */
const timecodePattern = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

export function parseTimecode(text: string): number | null {
  const match = timecodePattern.exec(text.trim());
  if (!match) return null;
  const [, hours, minutes, seconds, fraction] = match;
  if (Number(minutes) > 59 || Number(seconds) > 59) return null;
  const fractionSeconds = fraction ? Number(fraction.padEnd(3, '0')) / 1000 : 0;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + fractionSeconds;
}

/** `3723.5` → `01:02:03`, for messages a person reads. */
export function formatTimecode(seconds: number): string {
  const whole = Math.floor(seconds);
  const parts = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  return parts.map((part) => String(part).padStart(2, '0')).join(':');
}
