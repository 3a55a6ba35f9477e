/**
 * A pool made on first call and kept for the process; undefined where `threadCount()` is 0 or less,
 * which callers take as "do the work on the calling thread".
 */
export function sharedThreadPool<Pool>(threadCount: () => number, create: (size: number) => Pool): () => Pool | undefined {
  let shared: Pool | undefined | null = null;
  return () => {
    if (shared === null) {
      const size = threadCount();
      shared = size > 0 ? create(size) : undefined;
    }
    return shared;
  };
}

/** The whole number in environment variable `variable` (e.g. `KILN_FILTER_THREADS`), or `fallback` when it holds none. */
export function threadCountFromEnvironment(variable: string, fallback: number): number {
  const configured = Number.parseInt(process.env[variable] ?? '', 10);
  return Number.isFinite(configured) ? configured : fallback;
}

/** One thread unless environment variable `variable` is `0` (e.g. `KILN_ANALYZE_THREAD=0`). */
export function threadSwitchFromEnvironment(variable: string): number {
  return process.env[variable] === '0' ? 0 : 1;
}
