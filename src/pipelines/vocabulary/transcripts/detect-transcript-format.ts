/**
 * Tells the transcript format by its content, not its file name: uploads are often renamed and
 * pasted text has no name at all. Anything without a recognisable header or time line is plain text.
 */
import type { TranscriptFormat } from '../vocabulary-contracts.ts';

// `[ \t]*`, not `\s*`: from every line start `\s*` would read on through all the blank lines after it.
const srtTimeLine = /^[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s+-->\s+\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}/m;

export function detectTranscriptFormat(text: string): TranscriptFormat {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4000);
  if (/^WEBVTT(?:[ \t]|\r?\n|$)/.test(head)) return 'vtt';
  if (/^\[Script Info\]/im.test(head) || /^\[V4\+? Styles\]/im.test(head) || /^Dialogue:\s*\d+,/m.test(head)) return 'ass';
  if (head.startsWith('{') && /"events"\s*:/.test(head)) return 'json3';
  if (srtTimeLine.test(head)) return /-->[^\n]*\d,\d/.test(head) || /^\d+\s*\r?\n/.test(head) ? 'srt' : 'vtt';
  return 'text';
}
