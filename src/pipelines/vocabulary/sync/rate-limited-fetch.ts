/**
 * A fetch that starts at most `perSecond` requests a second, in call order: Notion allows an average
 * of three. Retries made by the caller go through it too, so they stay under the limit.
 */
export function rateLimitedFetch(perSecond: number, inner: typeof fetch = fetch): typeof fetch {
  const spacingMs = 1000 / perSecond;
  let nextSlot = 0;
  return async (input, init) => {
    const now = Date.now();
    const slot = Math.max(now, nextSlot);
    nextSlot = slot + spacingMs;
    if (slot > now) await new Promise((resolve) => setTimeout(resolve, slot - now));
    return inner(input, init);
  };
}
