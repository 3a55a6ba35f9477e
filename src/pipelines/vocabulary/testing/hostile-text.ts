/**
 * Text built to find scans that grow faster than their input: long runs of each character a markup
 * pattern opens or closes on, alone and in pairs, so a `<[^>]*>`-style replace meets its worst case.
 */
export const markupRuns = ['<', '>', '{\\', '{', '}', '[', ']', '&', '&amp', '\\', '\n', '\r\n', ' ', '\t', ',', ':', '<a', '[a', '\n \n', '-->', '0:'] as const;

/** `unit` repeated until the text is `length` characters long (a little less when `unit` does not divide it). */
export function run(unit: string, length: number): string {
  return unit.repeat(Math.floor(length / unit.length));
}

/**
 * The CPU time this process spent on `work()`, in milliseconds: user plus system time, which a busy
 * machine does not inflate the way it does wall time (beside a CI run, a 4 ms scan measured 97 ms of
 * wall time while it waited for a core).
 */
function cpuMs(started: NodeJS.CpuUsage): number {
  const spent = process.cpuUsage(started);
  return (spent.user + spent.system) / 1000;
}

/** Least CPU time of a few runs of `work()` in milliseconds; stops repeating once one run passes `enoughMs`. */
export function leastCpuMs(work: () => unknown, tries = 5, enoughMs = 2000): number {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const started = process.cpuUsage();
    work();
    least = Math.min(least, cpuMs(started));
    if (least > enoughMs) break;
  }
  return least;
}

/** The same for work that awaits (a request through the server): least CPU time of three runs. */
export async function leastCpuMsAwaiting(work: () => Promise<unknown>, tries = 3): Promise<number> {
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const started = process.cpuUsage();
    await work();
    least = Math.min(least, cpuMs(started));
  }
  return least;
}

/**
 * Whether `cost(4n)` stays far from quadratic: a linear scan takes about 4 times as long on 4 times the
 * text, a quadratic one 16 times. The bound (8 times plus a slack for timer noise and collection
 * pauses) sits between the two; `n` should be large enough that a quadratic scan
 * takes hundreds of milliseconds.
 */
export function growsLinearly(smallMs: number, largeMs: number, slackMs = 40): boolean {
  return largeMs < 8 * smallMs + slackMs;
}
