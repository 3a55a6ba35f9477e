/**
 * `text` without each span from `open` to the first `close` after it, as `/<[^>]*>/g` removes tags,
 * but in one pass. The regular expression, meeting an opening with no close after it, tries again at
 * every later opening and reads to the end each time: 60 KB of `<` held the server for seconds.
 * Here one failed search ends the work, since no later opening can have a close either.
 */
export function removeDelimited(text: string, open: string, close: string): string {
  let kept = '';
  let from = 0;
  for (;;) {
    const start = text.indexOf(open, from);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    kept += text.slice(from, start);
    from = end + close.length;
  }
  return from === 0 ? text : kept + text.slice(from);
}

/** The same within each line: a span never crosses a line break, as in `/<[^>\n]*>/g`. */
export function removeDelimitedInLines(text: string, open: string, close: string): string {
  if (!text.includes(open)) return text;
  return text.split('\n').map((line) => removeDelimited(line, open, close)).join('\n');
}

/**
 * The same with single characters that may each open or close: `removeBracketed(text, '(（', ')）')`
 * removes what `/[(（][^)）]*[)）]/g` removes.
 */
export function removeBracketed(text: string, openers: string, closers: string): string {
  let kept = '';
  let from = 0;
  let start = -1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (start < 0 && openers.includes(character)) start = index;
    else if (start >= 0 && closers.includes(character)) {
      kept += text.slice(from, start);
      from = index + 1;
      start = -1;
    }
  }
  return from === 0 ? text : kept + text.slice(from);
}
