/**
 * How much transcript one analysis takes. A three-hour stream is about 20,000 cues and 400,000
 * characters; analysed in batches on the tokenizer thread it stays within a few hundred MB on a
 * 2-core machine. A file far past that (a 26 MB VTT of 300,000 cues swung the server between 3 and
 * 10 GB for 15 minutes) is refused up front, at upload, with the numbers.
 */
import { BadInputError } from '../../../engine/errors/index.ts';
import type { TranscriptCue, TranscriptFormat } from '../vocabulary-contracts.ts';

/** Half again a three-hour stream's cues. */
export const maxTranscriptCues = 30_000;

/** Characters of cue text (markup removed), over twice a three-hour stream's. */
export const maxTranscriptCharacters = 1_000_000;

const count = (value: number) => value.toLocaleString('en-US');

function tooManyCues(cues: number): BadInputError {
  return new BadInputError(
    `The transcript has ${count(cues)} cues; the studio analyses at most ${count(maxTranscriptCues)} (about four and a half hours of speech). Split it into parts and upload them one at a time.`,
    { details: { cues, limit: maxTranscriptCues } },
  );
}

/** What starts a cue in each format, counted before parsing. */
const cueMarkers: Record<TranscriptFormat, string> = { vtt: '-->', srt: '-->', ass: 'Dialogue:', json3: '"tStartMs"', text: '\n' };

/**
 * Refuses a file with far too many cues before it is parsed: parsing a 28 MB WebVTT of 300,000 cues
 * held the event loop for 2 s only to be refused. Loose (four times the limit), since YouTube's
 * rolling captions repeat each line in two cues that parsing merges; checkTranscriptSize is exact.
 */
export function checkTranscriptTextSize(text: string, format: TranscriptFormat): void {
  const marker = cueMarkers[format];
  let markers = 0;
  for (let at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length)) markers += 1;
  if (markers > maxTranscriptCues * 4) throw tooManyCues(markers);
}

export function checkTranscriptSize(cues: TranscriptCue[]): void {
  if (cues.length > maxTranscriptCues) throw tooManyCues(cues.length);
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
