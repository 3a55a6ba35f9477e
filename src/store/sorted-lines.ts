const newline = 10;

/** What the search reads of the lines: a Buffer, or a file read in place (file-bytes.ts). */
export interface SortedBytes {
  readonly length: number;
  indexOf(byte: number, from?: number): number;
}

/**
 * The start of the first line of `body` (newline-separated lines sorted by key) whose key is not below
 * `key`, or `body.length` when there is none. A binary search over byte positions, so no table of line
 * starts is built when a large index (EDICT, a FreeDict dictionary) is opened. `keyAt(start)` reads the
 * key of the line starting at `start`, compared as JavaScript strings compare.
 */
export function firstLineAtOrAfter(body: SortedBytes, key: string, keyAt: (start: number) => string): number {
  let low = 0;
  let high = body.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = lineStartFrom(body, middle);
    if (start < high && keyAt(start) < key) low = start + 1;
    else high = middle;
  }
  return lineStartFrom(body, low);
}

/** The start of the first line beginning at or after `position`. */
function lineStartFrom(body: SortedBytes, position: number): number {
  if (position === 0) return 0;
  const end = body.indexOf(newline, position - 1);
  return end < 0 ? body.length : end + 1;
}
