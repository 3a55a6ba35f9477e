/**
 * Close codes of the live vocabulary websockets (4000–4999 is the applications' range in RFC 6455);
 * each mirrors the HTTP status of the same meaning, like the live style studio's. The close reason
 * carries the sentence for a person.
 */
export const vocabularyLiveCloseCodes = {
  /** The server is shutting down. */
  goingAway: 1001,
  /** Something failed inside Kiln; the log has the details. */
  internalError: 1011,
  /** A text message that is not JSON, not one of the client messages, or holds text that cannot be stored (NUL, a lone surrogate). */
  badMessage: 4400,
  /** No valid sign-in (JWT mode): send the token as a `kiln-token.<jwt>` subprotocol or `?token=`. */
  unauthorized: 4401,
  /** The overlay key is missing or wrong. */
  forbidden: 4403,
  /** A text message over 4 KiB or an audio clip over the clip limit (1 MiB by default). */
  messageTooLarge: 4413,
  /** More messages in a second than speech can produce (20 by default). */
  tooManyMessages: 4429,
} as const;
