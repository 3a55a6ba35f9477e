/** Plain text: one utterance per non-empty line, without times. */
import type { TranscriptCue } from '../vocabulary-contracts.ts';

export function parsePlainText(text: string): TranscriptCue[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ start: null, end: null, text: line }));
}
