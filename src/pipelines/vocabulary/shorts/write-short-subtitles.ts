import type { ShortSubtitle } from './shorts-contracts.ts';
import { textEms, wrapJapanese, wrapWords } from './wrap-subtitle-text.ts';

/**
 * Where text stays readable on YouTube Shorts, TikTok and Reels, as shares of the frame: their
 * buttons, captions and progress bar cover the top 15 %, the bottom 25 % and the sides.
 */
export const safeArea = { top: 0.15, bottom: 0.75, left: 0.1, right: 0.9 } as const;

/** The subtitles start here, under the picture, which renderShort places in the upper half. */
export const subtitleTop = 0.52;

/**
 * libass sizes a font so that its ascent plus descent equals the ASS font size, as VSFilter does;
 * Noto Sans JP's are 1.16 + 0.288 em, so its em is the font size / 1.448 and a line is one font size high.
 */
const emPerFontSize = 1 / 1.448;
const mostLines = 2;

interface Block {
  lines: string[];
  size: number;
}

/**
 * An ASS script for libass: each Japanese line in white, wrapped by phrase to at most two lines,
 * the English glosses in yellow under it, every line placed (`\an8\pos`) inside the safe area;
 * libass wraps nothing itself (WrapStyle 2). A line too long for two lines at the smallest
 * readable size is shown in parts, one after the other, each for a share of the cue's time. Sizes
 * follow the frame, so a small test render looks the same as the 1080×1920 one.
 */
export function writeShortSubtitles(subtitles: ShortSubtitle[], width: number, height: number): string {
  const outline = Math.max(1, Math.round(height / 540));
  const shadow = Math.ceil(outline / 2);
  // Outline and shadow are drawn around the glyphs, so they come off the width the text may use.
  const usable = width * (safeArea.right - safeArea.left) - 2 * (outline + shadow);
  const sizes = { japanese: Math.round(height * 0.036), english: Math.round(height * 0.026), smallest: Math.round(height * 0.021) };
  const gap = Math.round(height * 0.01);
  const events: string[] = [];
  for (const subtitle of subtitles) {
    const parts = japaneseParts(subtitle.japanese, usable, sizes.japanese, sizes.smallest);
    const english = subtitle.english ? englishBlock(subtitle.english, usable, sizes.english, sizes.smallest) : null;
    const total = parts.reduce((sum, part) => sum + part.lines.join('').length, 0);
    let start = subtitle.start;
    for (const part of parts) {
      const end = start + (subtitle.end - subtitle.start) * (part.lines.join('').length / total);
      let top = Math.round(height * subtitleTop);
      events.push(dialogue(start, end, 'Japanese', part, width, top));
      top += part.lines.length * part.size + gap;
      // The glosses go under the Japanese while the safe area has room for them, and not at all otherwise.
      if (english && top + english.lines.length * english.size + outline + shadow <= height * safeArea.bottom) {
        events.push(dialogue(start, end, 'English', english, width, top));
      }
      start = end;
    }
  }
  const style = (name: string, colour: string) =>
    `Style: ${name},Noto Sans JP,${sizes.japanese},${colour},&H000000FF,&H00101010,&H90000000,0,0,0,0,100,100,0,0,1,${outline},${shadow},8,0,0,0,1`;
  return [
    '[Script Info]', 'ScriptType: v4.00+', `PlayResX: ${width}`, `PlayResY: ${height}`, 'WrapStyle: 2', 'ScaledBorderAndShadow: yes', '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    style('Japanese', '&H00FFFFFF'),
    style('English', '&H0040E0FF'),
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...events,
    '',
  ].join('\n');
}

/** The Japanese as blocks of at most two lines: one block at the largest size that fits, else parts at the smallest. */
function japaneseParts(text: string, usable: number, size: number, smallest: number): Block[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  for (let candidate = size; candidate >= smallest; candidate -= 1) {
    const lines = wrapJapanese(clean, usable / (candidate * emPerFontSize));
    if (lines.length <= mostLines) return [{ lines, size: candidate }];
  }
  const lines = wrapJapanese(clean, usable / (smallest * emPerFontSize));
  const parts: Block[] = [];
  for (let index = 0; index < lines.length; index += mostLines) parts.push({ lines: lines.slice(index, index + mostLines), size: smallest });
  return parts;
}

/** The glosses on at most two lines: whole glosses (`a = b · c = d`) dropped from the end until they fit. */
function englishBlock(english: string, usable: number, size: number, smallest: number): Block {
  const glosses = english.split(' · ');
  for (let count = glosses.length; count > 0; count -= 1) {
    for (let candidate = size; candidate >= smallest; candidate -= 1) {
      const lines = wrapGlosses(glosses.slice(0, count), usable / (candidate * emPerFontSize));
      if (lines.length <= mostLines) return { lines, size: candidate };
    }
  }
  return { lines: wrapWords(glosses[0], usable / (smallest * emPerFontSize)).slice(0, mostLines), size: smallest };
}

/** Glosses joined by ` · ` on lines no wider than `maxEms`, a gloss broken inside only when it alone is wider. */
function wrapGlosses(glosses: string[], maxEms: number): string[] {
  const lines: string[] = [];
  for (const gloss of glosses) {
    const line = lines.at(-1);
    if (line !== undefined && textEms(`${line} · ${gloss}`) <= maxEms) lines[lines.length - 1] = `${line} · ${gloss}`;
    else lines.push(...wrapWords(gloss, maxEms));
  }
  return lines;
}

function dialogue(start: number, end: number, style: string, block: Block, width: number, top: number): string {
  const text = block.lines.map(escape).join('\\N');
  return `Dialogue: 0,${clock(start)},${clock(end)},${style},,0,0,0,,{\\an8\\pos(${Math.round(width / 2)},${top})\\fs${block.size}}${text}`;
}

/** `H:MM:SS.cc`, ASS's centisecond clock. */
function clock(seconds: number): string {
  const centiseconds = Math.max(0, Math.round(seconds * 100));
  const two = (value: number) => String(value).padStart(2, '0');
  return `${Math.floor(centiseconds / 360_000)}:${two(Math.floor(centiseconds / 6000) % 60)}:${two(Math.floor(centiseconds / 100) % 60)}.${two(centiseconds % 100)}`;
}

/** Braces start override tags and backslashes escapes in ASS; the full-width forms show the same. */
function escape(text: string): string {
  return text.replace(/\\/g, '＼').replace(/\{/g, '｛').replace(/\}/g, '｝');
}
