import { removeDelimited, removeDelimitedInLines } from '../remove-delimited.ts';

/**
 * Removes styling from a cue's text: WebVTT tags (`<c.colorE5E5E5>`, `<00:00:01.000>`, `<v Name>`),
 * SRT's HTML-ish `<i>`/`<font>`, ASS override blocks (`{\an8}`) and entities, then folds whitespace.
 * Line breaks inside a cue become a space-free join: Japanese needs no space between lines.
 * Every part is one pass over the text, since uploads reach it whole (see removeDelimited).
 */
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'" };

export function stripCueMarkup(text: string): string {
  const plain = removeDelimited(removeDelimitedInLines(text, '<', '>'), '{\\', '}')
    .replace(/\\[Nnh]/g, '\n')
    .replace(/&(?:amp|lt|gt|nbsp|quot|#39);/g, (entity) => entities[entity]);
  const lines: string[] = [];
  let previous = '';
  for (const raw of plain.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    // Latin words on either side of a line break keep a space between them; Japanese joins directly.
    if (previous && isLatinLetterOrDigit(previous.charCodeAt(previous.length - 1)) && isLatinLetterOrDigit(line.charCodeAt(0))) lines.push(' ');
    lines.push(line);
    previous = line;
  }
  return lines.join('');
}

function isLatinLetterOrDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
