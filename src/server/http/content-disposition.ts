import { create as createContentDisposition } from 'content-disposition';

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

/**
 * `inline; filename="clip.mp4"`, with `filename*=UTF-8''…` beside it when the name is not plain
 * ASCII; the `content-disposition` package does the quoting and the RFC 8187 encoding. The plain
 * `filename` fallback is ours: quotes, backslashes, percent signs and semicolons replaced, since
 * browsers treat them unevenly, and accents dropped rather than turned into `?`.
 */
export function contentDisposition(name: string, disposition: 'inline' | 'attachment'): string {
  const clean = cleanFileName(name) || 'download';
  const fallback = clean
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%;]/g, '_')
    .trim() || 'download';
  return createContentDisposition(clean, { type: disposition, fallback });
}
