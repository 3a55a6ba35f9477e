import parseRange from 'range-parser';

/** What a Range header asks of a resource of a known size. */
export type ByteRangeRequest =
  | { kind: 'whole' }
  | { kind: 'range'; start: number; end: number }
  | { kind: 'unsatisfiable' };

/**
 * Reads a `Range: bytes=…` header (RFC 9110 §14) with `range-parser`. One range is served as asked;
 * several ranges, other units and malformed headers get the whole resource, which the RFC allows and
 * every player handles. A range that starts past the end, or one whose end comes before its start,
 * is unsatisfiable (416, which the RFC also allows for an invalid range). `end` is inclusive, as in
 * Content-Range.
 */
export function parseByteRange(header: string | undefined, size: number): ByteRangeRequest {
  if (!header) return { kind: 'whole' };
  // range-parser calls a suffix longer than the resource unsatisfiable; RFC 9110 §14.1.3 says it
  // means the whole resource, so `bytes=-1000` of 100 bytes is asked as `bytes=0-`.
  const suffix = /^bytes=-(\d+)$/.exec(header.trim());
  const asked = suffix && Number(suffix[1]) > size ? 'bytes=0-' : header.trim();
  const ranges = parseRange(size, asked);
  if (ranges === -2) return { kind: 'whole' };
  if (ranges === -1) return { kind: 'unsatisfiable' };
  if (ranges.type !== 'bytes' || ranges.length !== 1) return { kind: 'whole' };
  return { kind: 'range', start: ranges[0].start, end: ranges[0].end };
}
