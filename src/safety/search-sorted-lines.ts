/**
 * Finds the line of a file sorted by its first word (bytes, as `LC_ALL=C sort` orders them) by
 * binary search over the bytes: no index is built, so a 5 MB WordNet index answers its first
 * question at once instead of after half a second of splitting every line into a Map.
 * Lines before the sorted ones must start with a space (WordNet's licence header does): their
 * empty first word sorts before every key.
 */
export function searchSortedLines(file: Buffer, key: string): string | undefined {
  if (key.length === 0) return undefined; // the header lines' empty first word is no key
  const wanted = Buffer.from(key, 'latin1');
  // The line sought, if any, starts within [low, high).
  let low = 0;
  let high = file.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : file.lastIndexOf(10, middle - 1) + 1;
    const lineEnd = endOf(file, 10, start);
    const wordEnd = Math.min(endOf(file, 32, start), lineEnd);
    const order = Buffer.compare(wanted, file.subarray(start, wordEnd));
    if (order === 0) return file.toString('latin1', start, lineEnd);
    if (order < 0) high = start;
    else low = lineEnd + 1;
  }
  return undefined;
}

function endOf(file: Buffer, byte: number, from: number): number {
  const at = file.indexOf(byte, from);
  return at < 0 ? file.length : at;
}
