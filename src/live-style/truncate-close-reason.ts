/** Close reasons may be at most 123 bytes (RFC 6455); longer ones would make the close itself fail. */
export function truncateCloseReason(reason: string): string {
  const bytes = new TextEncoder().encode(reason);
  if (bytes.length <= 123) return reason;
  return `${new TextDecoder().decode(bytes.subarray(0, 119)).replace(/\uFFFD$/, '')}...`;
}
