/**
 * Text built to find scans that grow faster than their input: long runs of each character a markup
 * pattern opens or closes on, alone and in pairs, so a `<[^>]*>`-style replace meets its worst case.
 */
export const markupRuns = ['<', '>', '{\\', '{', '}', '[', ']', '&', '&amp', '\\', '\n', '\r\n', ' ', '\t', ',', ':', '<a', '[a', '\n \n', '-->', '0:'] as const;

/** `unit` repeated until the text is `length` characters long (a little less when `unit` does not divide it). */
export function run(unit: string, length: number): string {
  return unit.repeat(Math.floor(length / unit.length));
}

/** Fastest of a few timings of `work()` in milliseconds; stops repeating once one run passes `enoughMs`. */
export function fastestMs(work: () => unknown, tries = 5, enoughMs = 2000): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const started = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - started);
    if (fastest > enoughMs) break;
  }
  return fastest;
}

/**
 * Whether `cost(4n)` stays far from quadratic: a linear scan takes about 4 times as long on 4 times the
 * text, a quadratic one 16 times. The bound (8 times plus a slack for timer noise and collection
 * pauses on a busy machine) sits between the two; `n` should be large enough that a quadratic scan
 * takes hundreds of milliseconds.
 */
export function growsLinearly(smallMs: number, largeMs: number, slackMs = 40): boolean {
  return largeMs < 8 * smallMs + slackMs;
}
