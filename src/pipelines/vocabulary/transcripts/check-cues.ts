/**
 * The checks every parsed transcript passes before analysis: something to read, storable text, no
 * more than one analysis can take (transcript-limits.ts), times in order and within a day. Each failure
 * says which cue and what to do, since users fix these files by hand.
 */
import { describeUnstorableText } from '../../../engine/describe-unstorable-text.ts';
import { BadInputError } from '../../../engine/errors/index.ts';
import type { TranscriptCue } from '../vocabulary-contracts.ts';
import { formatTimecode } from './parse-timecode.ts';
import { checkTranscriptSize } from './transcript-limits.ts';

/** Longer than any stream we expect; beyond it a time is a typo (hours for minutes) or garbage. */
export const longestTranscriptSeconds = 24 * 3600;

/** Share of U+FFFD replacement characters (a wrong text encoding) above which we refuse. */
const garbledShare = 0.1;

export function checkCues(cues: TranscriptCue[], sourceText: string): void {
  const letters = sourceText.replace(/\s/g, '');
  const replacements = (letters.match(/[\uFFFD\u0000]/g) ?? []).length;
  if (letters.length > 0 && replacements / letters.length > garbledShare) {
    throw new BadInputError('The transcript looks garbled (it holds many unreadable characters); save it as UTF-8 text and upload it again.');
  }
  if (cues.length === 0) {
    throw new BadInputError('The transcript is empty: no cue or line with text was found. Upload a WebVTT, SRT, ASS, YouTube JSON or plain-text transcript.');
  }
  checkTranscriptSize(cues);
  let previousStart = -1;
  cues.forEach((cue, index) => {
    const number = index + 1;
    // YouTube JSON's escapes (`\u0000`, `\ud800`) decode to text the database refuses.
    const problem = describeUnstorableText(cue.text);
    if (problem) throw new BadInputError(`Cue ${number} of the transcript contains ${problem}.`);
    if (cue.start === null || cue.end === null) return;
    if (cue.end > longestTranscriptSeconds || cue.start > longestTranscriptSeconds) {
      throw new BadInputError(`Cue ${number} is at ${formatTimecode(cue.start)}, past 24 hours; check its time line (hours and minutes may be swapped).`);
    }
    if (cue.end < cue.start) {
      throw new BadInputError(`Cue ${number} ends (${formatTimecode(cue.end)}) before it starts (${formatTimecode(cue.start)}); fix its time line.`);
    }
    if (cue.start < previousStart) {
      throw new BadInputError(`The times are out of order: cue ${number} starts at ${formatTimecode(cue.start)}, before cue ${number - 1} (${formatTimecode(previousStart)}). Sort the cues by time.`);
    }
    previousStart = cue.start;
  });
}
