import type { ShortSubtitle } from './shorts-contracts.ts';

/** The subtitle band of a vertical short: Japanese ends above this share of the height, English starts below it. */
export const subtitleBandMiddle = 0.76;

/**
 * An ASS script for libass: the Japanese line in white above the middle of the subtitle band
 * (growing upwards when it wraps) and the English glosses in yellow below it (growing downwards),
 * so two wrapped lines never overlap. Sizes follow the frame, so a small test render looks the
 * same as the 1080×1920 one.
 */
export function writeShortSubtitles(subtitles: ShortSubtitle[], width: number, height: number): string {
  const japaneseSize = Math.round(height * 0.036);
  const englishSize = Math.round(height * 0.026);
  const outline = Math.max(1, Math.round(height / 540));
  const side = Math.round(width * 0.06);
  const gap = Math.round(height * 0.01);
  const style = (name: string, size: number, colour: string, alignment: number, marginV: number) =>
    `Style: ${name},Noto Sans JP,${size},${colour},&H000000FF,&H00101010,&H90000000,0,0,0,0,100,100,0,0,1,${outline},${Math.ceil(outline / 2)},${alignment},${side},${side},${marginV},1`;
  const dialogue = (start: number, end: number, name: string, text: string) =>
    `Dialogue: 0,${clock(start)},${clock(end)},${name},,0,0,0,,${escape(text)}`;
  return [
    '[Script Info]', 'ScriptType: v4.00+', `PlayResX: ${width}`, `PlayResY: ${height}`, 'WrapStyle: 0', 'ScaledBorderAndShadow: yes', '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    // Alignment 2 is bottom-centre (MarginV from the bottom), 8 is top-centre (MarginV from the top).
    style('Japanese', japaneseSize, '&H00FFFFFF', 2, Math.round(height * (1 - subtitleBandMiddle)) + gap),
    style('English', englishSize, '&H0040E0FF', 8, Math.round(height * subtitleBandMiddle) + gap),
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...subtitles.flatMap((subtitle) => [
      dialogue(subtitle.start, subtitle.end, 'Japanese', subtitle.japanese),
      ...(subtitle.english ? [dialogue(subtitle.start, subtitle.end, 'English', subtitle.english)] : []),
    ]),
    '',
  ].join('\n');
}

/** `H:MM:SS.cc`, ASS's centisecond clock. */
function clock(seconds: number): string {
  const centiseconds = Math.max(0, Math.round(seconds * 100));
  const two = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(centiseconds / 360_000)}:${two(Math.floor(centiseconds / 6000) % 60)}:${two(Math.floor(centiseconds / 100) % 60)}.${two(centiseconds % 100)}`;
}

/** Braces start override tags and backslashes escapes in ASS; the full-width forms show the same. */
function escape(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\\/g, '＼').replace(/\{/g, '｛').replace(/\}/g, '｝');
}
