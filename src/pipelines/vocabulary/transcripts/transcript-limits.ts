/**
 * How much transcript one analysis takes. A three-hour stream is about 20,000 cues and 400,000
 * characters; analysed in batches on the tokenizer thread it stays within a few hundred MB on a
 * 2-core machine. A file far past that (a 26 MB VTT of 300,000 cues swung the server between 3 and
 * 10 GB for 15 minutes) is refused up front, at upload, with the numbers.
 */
import { BadInputError } from '../../../engine/errors/index.ts';
import type { TranscriptCue } from '../vocabulary-contracts.ts';

/** Half again a three-hour stream's cues. */
export const maxTranscriptCues = 30_000;

/** Characters of cue text (markup removed), over twice a three-hour stream's. */
export const maxTranscriptCharacters = 1_000_000;

const count = (value: number) => value.toLocaleString('en-US');

export function checkTranscriptSize(cues: TranscriptCue[]): void {
  if (cues.length > maxTranscriptCues) {
    throw new BadInputError(
      `The transcript has ${count(cues.length)} cues; the studio analyses at most ${count(maxTranscriptCues)} (about four and a half hours of speech). Split it into parts and upload them one at a time.`,
      { details: { cues: cues.length, limit: maxTranscriptCues } },
    );
  }
  let characters = 0;
  for (const cue of cues) characters += cue.text.length;
  if (characters > maxTranscriptCharacters) {
    throw new BadInputError(
      `The transcript holds ${count(characters)} characters of text; the studio analyses at most ${count(maxTranscriptCharacters)}. Split it into parts and upload them one at a time.`,
      { details: { characters, limit: maxTranscriptCharacters } },
    );
  }
}

/**
 * Says which line most likely made the analysis run out of memory: the longest. Plain-text
 * transcripts have untimed cues, one per line, so they are called lines; subtitle files have cues.
 */
export function describeLongestLine(cues: TranscriptCue[]): string {
  let longest = 0;
  cues.forEach((cue, index) => {
    if (cue.text.length > cues[longest].text.length) longest = index;
  });
  const label = cues[longest]?.start === null ? 'line' : 'cue';
  return `${label} ${longest + 1} holds ${count(cues[longest]?.text.length ?? 0)} characters with no break`;
}
