/**
 * Working planes kept from frame to frame, by name: a few hundred kilobytes allocated per frame
 * made the garbage collector's share of a filter noticeable. Safe to share only between the
 * synchronous parts of a filter (each worker thread has its own): nothing may hold a scratch plane
 * across an `await`, and nothing returned to a caller may be one.
 */
const bytes = new Map<string, Uint8Array>();
const words = new Map<string, Uint16Array>();

/** A plane of `length` bytes, not cleared: whoever takes it writes every entry before reading it. */
export function scratchBytes(name: string, length: number): Uint8Array {
  let plane = bytes.get(name);
  if (plane?.length !== length) {
    plane = new Uint8Array(length);
    bytes.set(name, plane);
  }
  return plane;
}

/** As `scratchBytes`, 16-bit. */
export function scratchWords(name: string, length: number): Uint16Array {
  let plane = words.get(name);
  if (plane?.length !== length) {
    plane = new Uint16Array(length);
    words.set(name, plane);
  }
  return plane;
}
