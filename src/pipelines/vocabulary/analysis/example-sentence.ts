/**
 * The example a learner reads for an expression: its sentence when that is short, else the clauses
 * around the expression, never longer than `maxExampleChars`. A cue of plain text can run for
 * hundreds of characters with no 。; the example is cut at clause marks (、, spaces) and, inside a
 * clause that is itself too long, at token boundaries, so no word is cut in half.
 */

/** Longest example: about two subtitle lines, what a card or a table cell shows at a glance. */
export const maxExampleChars = 60;

const clauseMark = /[、,，・\s]/u;

/**
 * `offsets` holds each token's start in `text` plus the text's length at the end; the expression
 * spans tokens `from` to `to` (one past its last).
 */
export function exampleSentence(text: string, offsets: number[], from: number, to: number, maxChars = maxExampleChars): string {
  if (text.length <= maxChars) return text;
  const tokenCount = offsets.length - 1;
  // A stretched run (wwwwwwww…) longer than an example: its start is example enough.
  if (offsets[to] - offsets[from] > maxChars) return text.slice(offsets[from], offsets[from] + maxChars);
  // Token indices where a clause begins (and the end): whole clauses are tried before single tokens.
  const clauses = [0];
  for (let index = 1; index < tokenCount; index += 1) if (clauseMark.test(text[offsets[index] - 1])) clauses.push(index);
  clauses.push(tokenCount);
  const first = clauses.findLastIndex((boundary) => boundary <= from);
  const last = clauses.findIndex((boundary) => boundary >= to);
  if (offsets[clauses[last]] - offsets[clauses[first]] <= maxChars) {
    // Neighbouring clauses, alternately after and before, while the whole fits.
    return grow(first, last, (index) => offsets[clauses[index]], clauses.length - 1);
  }
  // The expression's clause alone is too long: token by token instead.
  return grow(from, to, (index) => offsets[index], tokenCount);

  function grow(low: number, high: number, at: (index: number) => number, top: number): string {
    for (let grew = true; grew;) {
      grew = false;
      if (high < top && at(high + 1) - at(low) <= maxChars) {
        high += 1;
        grew = true;
      }
      if (low > 0 && at(high) - at(low - 1) <= maxChars) {
        low -= 1;
        grew = true;
      }
    }
    return text.slice(at(low), at(high)).trim();
  }
}
