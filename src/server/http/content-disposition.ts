/**
 * A file name safe to show and to save: the last path segment only, no control characters, no
 * leading dots (hidden files), at most 200 characters. Names come from uploads and models, so they
 * are never trusted as paths or as header text.
 */
export function cleanFileName(name: string): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/^[.\s]+/, '')
    .trim();
  return [...cleaned].slice(0, 200).join('');
}

/** RFC 8187 encoding for `filename*`, which carries the name in full, in UTF-8. */
function encodeExtendedValue(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `inline; filename="clip.mp4"; filename*=UTF-8''clip.mp4`. The plain `filename` is an ASCII
 * fallback with quotes, backslashes and percent signs replaced, since browsers treat them unevenly.
 */
export function contentDisposition(name: string, disposition: 'inline' | 'attachment'): string {
  const clean = cleanFileName(name) || 'download';
  const fallback = clean
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%;]/g, '_')
    .trim() || 'download';
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeExtendedValue(clean)}`;
}
