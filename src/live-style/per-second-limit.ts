/**
 * Counts events in one-second windows and says when a window holds more than `limit`: the flood
 * check for a websocket's frames and, separately, its text messages. Windows are fixed rather than
 * sliding; a sender that stays under the limit in every window is never cut off.
 */
export function createPerSecondLimit(limit: number, now: () => number): () => boolean {
  let windowStart = now();
  let inWindow = 0;
  return () => {
    const at = now();
    if (at - windowStart >= 1000) {
      windowStart = at;
      inWindow = 0;
    }
    inWindow += 1;
    return inWindow > limit;
  };
}
