/**
 * Removes styling from a cue's text: WebVTT tags (`<c.colorE5E5E5>`, `<00:00:01.000>`, `<v Name>`),
 * SRT's HTML-ish `<i>`/`<font>`, ASS override blocks (`{\an8}`) and entities, then folds whitespace.
 * Line breaks inside a cue become a space-free join: Japanese needs no space between lines.
 */
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ', '&quot;': '"', '&#39;': "'" };

export function stripCueMarkup(text: string): string {
  return text
    .replace(/<[^>\n]*>/g, '')
    .replace(/\{\\[^}]*\}/g, '')
    .replace(/\\[Nnh]/g, '\n')
    .replace(/&(?:amp|lt|gt|nbsp|quot|#39);/g, (entity) => entities[entity])
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .reduce((joined, line) => (joined && /[A-Za-z0-9]$/.test(joined) && /^[A-Za-z0-9]/.test(line) ? `${joined} ${line}` : joined + line), '');
}
