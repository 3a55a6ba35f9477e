/**
 * Line breaks for burned-in subtitles, chosen here rather than by libass: libass breaks only at
 * spaces, so a Japanese line never wraps and runs off both sides of a vertical frame. Japanese is
 * cut between phrases as BudouX (Google's phrase segmenter, Apache-2.0) finds them (今日は|とても|
 * 天気が), English between words; widths are estimated in ems of Noto Sans JP.
 */
import { loadDefaultJapaneseParser } from 'budoux';

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;

/** Kana, kanji and full-width forms are one em wide in Noto Sans JP; Latin letters, digits and spaces less. */
const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The text's width in ems, erring wide (0.62 em for a proportional character, whose mean is nearer 0.55). */
export function textEms(text: string): number {
  let ems = 0;
  for (const character of text) ems += wide.test(character) ? 1 : 0.62;
  return ems;
}

/** Phrases of a Japanese line, each cut further by characters when it alone is wider than `maxEms`. */
function phrases(text: string, maxEms: number): string[] {
  parser ??= loadDefaultJapaneseParser();
  return parser.parse(text).flatMap((phrase) => {
    if (textEms(phrase) <= maxEms) return [phrase];
    const pieces: string[] = [];
    let piece = '';
    for (const character of phrase) {
      if (piece && textEms(piece + character) > maxEms) { pieces.push(piece); piece = ''; }
      piece += character;
    }
    return piece ? [...pieces, piece] : pieces;
  });
}

/**
 * The text as lines no wider than `maxEms`, broken between phrases, each line filled as far as it
 * goes (greedy), then balanced: the last break moves back while that makes the widest line narrower,
 * so two lines read 10|10 rather than 18|2.
 */
export function wrapJapanese(text: string, maxEms: number): string[] {
  const lines: string[][] = [];
  for (const phrase of phrases(text.trim(), maxEms)) {
    const line = lines.at(-1);
    if (line && textEms(line.join('') + phrase) <= maxEms) line.push(phrase);
    else lines.push([phrase]);
  }
  if (lines.length >= 2) {
    const [before, last] = [lines[lines.length - 2], lines[lines.length - 1]];
    while (before.length > 1) {
      const moved = [before.at(-1)!, ...last];
      const widest = Math.max(textEms(before.join('')), textEms(last.join('')));
      if (textEms(moved.join('')) > maxEms || Math.max(textEms(before.slice(0, -1).join('')), textEms(moved.join(''))) >= widest) break;
      last.unshift(before.pop()!);
    }
  }
  return lines.map((line) => line.join(''));
}

/** English broken between words into lines no wider than `maxEms`; a word wider than that is cut with an ellipsis. */
export function wrapWords(text: string, maxEms: number): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const fitted = textEms(word) <= maxEms ? word : `${[...word].slice(0, Math.max(1, Math.floor(maxEms / 0.62) - 1)).join('')}…`;
    const line = lines.at(-1);
    if (line !== undefined && textEms(`${line} ${fitted}`) <= maxEms) lines[lines.length - 1] = `${line} ${fitted}`;
    else lines.push(fitted);
  }
  return lines;
}
