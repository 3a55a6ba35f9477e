/**
 * Cuts text into pieces kuromoji can tokenise in bounded time and memory. kuromoji's lattice costs
 * the square of the length of an unpunctuated stretch (it re-indexes the rest of the text at every
 * position), and an unknown word grows by one character per position of a run of one script: one
 * line of 20,000 katakana took 10 GB. No word is hundreds of characters long, so a piece ends where
 * kuromoji would cut anyway (after 、 or 。), else after a space, else where the script changes,
 * and only as a last resort in the middle of a run. Text within the limit is left whole, so an
 * ordinary sentence's tokens are unchanged.
 */

/** Longest piece handed to kuromoji; 20,000 characters in such pieces take about 0.4 s. */
export const maxPieceChars = 256;

type Script = 'hiragana' | 'katakana' | 'han' | 'latin' | 'space' | 'other';

function scriptOf(character: string): Script {
  const code = character.charCodeAt(0);
  if (code >= 0x3041 && code <= 0x309f) return 'hiragana';
  if ((code >= 0x30a0 && code <= 0x30ff) || (code >= 0xff66 && code <= 0xff9f)) return 'katakana';
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || code === 0x3005) return 'han';
  if (/[\p{L}\p{N}]/u.test(character)) return 'latin';
  if (/\s/u.test(character)) return 'space';
  return 'other';
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Where the piece starting at `start` should end: never after `start + limit`, never inside a surrogate pair. */
function cutPoint(text: string, start: number, limit: number): number {
  let end = start + limit;
  if (isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  let afterSpace = -1;
  let scriptChange = -1;
  for (let cut = end; cut > start + 1; cut -= 1) {
    const before = text[cut - 1];
    if (before === '、' || before === '。') return cut;
    if (afterSpace < 0 && /\s/u.test(before)) afterSpace = cut;
    if (scriptChange < 0 && !isHighSurrogate(text.charCodeAt(cut - 1)) && scriptOf(before) !== scriptOf(text[cut])) scriptChange = cut;
  }
  if (afterSpace > 0) return afterSpace;
  if (scriptChange > 0) return scriptChange;
  return end;
}

/** The pieces of `text`, in order; joined they give `text` back. */
export function splitForTokenizer(text: string, limit = maxPieceChars): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > limit) {
    const end = cutPoint(text, start, limit);
    pieces.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces;
}
