/**
 * The vocabulary studio's one way in for transcripts: WebVTT, SRT, ASS/SSA, YouTube timed-text JSON
 * or plain text, told apart by content unless the caller names the format. Every format comes out as
 * the same cues with times in seconds, checked (non-empty, in order, under a day).
 */
import { BadInputError } from '../../../engine/errors/index.ts';
import type { TranscriptCue, TranscriptFormat } from '../vocabulary-contracts.ts';
import { checkCues } from './check-cues.ts';
import { detectTranscriptFormat } from './detect-transcript-format.ts';
import { parseAss } from './parse-ass.ts';
import { parseJson3 } from './parse-json3.ts';
import { parsePlainText } from './parse-plain-text.ts';
import { parseTimedBlocks } from './parse-timed-blocks.ts';
import { checkTranscriptTextSize } from './transcript-limits.ts';

export interface ParsedTranscript {
  format: TranscriptFormat;
  cues: TranscriptCue[];
}

const parsers: Record<TranscriptFormat, (text: string) => TranscriptCue[]> = {
  vtt: (text) => parseTimedBlocks(text, 'WebVTT'),
  srt: (text) => parseTimedBlocks(text, 'SRT'),
  ass: parseAss,
  json3: parseJson3,
  text: parsePlainText,
};

export function parseTranscript(text: string, format?: TranscriptFormat): ParsedTranscript {
  if (typeof text !== 'string' || text.trim().length === 0) {
    throw new BadInputError('The transcript is empty; upload a WebVTT, SRT, ASS, YouTube JSON or plain-text transcript.');
  }
  const chosen = format ?? detectTranscriptFormat(text);
  // Own keys only: a form's `format=constructor` must not reach Object's constructor.
  if (!Object.hasOwn(parsers, chosen)) throw new BadInputError(`Unknown transcript format "${String(chosen)}"; use vtt, srt, ass, json3 or text.`);
  checkTranscriptTextSize(text, chosen);
  const cues = parsers[chosen](text);
  checkCues(cues, text);
  return { format: chosen, cues };
}
