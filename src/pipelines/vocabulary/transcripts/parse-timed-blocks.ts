/**
 * WebVTT and SRT share one shape: blank-line separated blocks, each with a `start --> end` line
 * followed by the text. Numbers and cue identifiers before the time line, and WebVTT's header,
 * NOTE, STYLE and REGION blocks, carry no words and are skipped.
 */
import { BadInputError } from '../../../engine/errors/index.ts';
import type { TranscriptCue } from '../vocabulary-contracts.ts';
import { parseTimecode } from './parse-timecode.ts';
import { stripCueMarkup } from './strip-cue-markup.ts';

const arrow = /^\s*(\S+)\s+-->\s+(\S+)/;

export function parseTimedBlocks(text: string, formatName: string): TranscriptCue[] {
  const cues: TranscriptCue[] = [];
  const blocks = text.replace(/^\uFEFF/, '').split(/\r?\n[ \t]*\r?\n/);
  for (const block of blocks) {
    const lines = block.split(/\r?\n/);
    const timeLineIndex = lines.findIndex((line) => arrow.test(line));
    if (timeLineIndex < 0) continue;
    const [, startText, endText] = arrow.exec(lines[timeLineIndex])!;
    const start = parseTimecode(startText);
    const end = parseTimecode(endText);
    if (start === null || end === null) {
      throw new BadInputError(`The ${formatName} transcript has a time line that cannot be read: "${lines[timeLineIndex].trim()}". Times look like 00:01:02${formatName === 'SRT' ? ',' : '.'}500.`);
    }
    const cueText = stripCueMarkup(lines.slice(timeLineIndex + 1).join('\n'));
    if (cueText) cues.push({ start, end, text: cueText });
  }
  return dropRollingRepeats(cues);
}

/**
 * YouTube's auto-caption WebVTT rolls: each cue repeats the line shown before it, then adds the new
 * words. Keeping only the new part stops every sentence from being counted twice.
 */
function dropRollingRepeats(cues: TranscriptCue[]): TranscriptCue[] {
  const kept: TranscriptCue[] = [];
  for (const cue of cues) {
    const previous = kept.at(-1);
    if (previous && cue.text === previous.text) {
      previous.end = Math.max(previous.end ?? 0, cue.end ?? 0);
      continue;
    }
    if (previous && cue.text.startsWith(previous.text) && cue.start !== null && previous.end !== null && cue.start <= previous.end + 0.05) {
      kept.push({ ...cue, text: cue.text.slice(previous.text.length) });
      continue;
    }
    kept.push({ ...cue });
  }
  return kept.filter((cue) => cue.text.trim().length > 0);
}
