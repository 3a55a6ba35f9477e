/**
 * Websocket close codes of the live routes (4000–4999 is the range RFC 6455 leaves to
 * applications). Each mirrors the HTTP status of the same meaning, so 4404 reads as "not found".
 * The close reason carries the sentence for a person; a browser shows it in the live panel.
 */
export const liveCloseCodes = {
  /** The server is shutting down (standard code). */
  goingAway: 1001,
  /** Something failed inside Kiln (standard code); the log has the details. */
  internalError: 1011,
  /** A message that is not a valid frame: bad header, unknown kind, or bytes that are not a JPEG/WebP/PNG image. */
  badFrame: 4400,
  /** No valid sign-in (JWT mode): send the token as `?token=`, or as a `kiln-token.<jwt>` subprotocol. */
  unauthorized: 4401,
  /** The session belongs to someone else, or the viewer key is wrong. */
  forbidden: 4403,
  /** No such session (never made, ended, or expired). */
  unknownSession: 4404,
  /** Another window took over this session's camera. */
  replaced: 4409,
  /**
   * The session lives on another Kiln server (several servers on one database); the reason is
   * `This live session is on <base URL>`: reconnect to the same path there.
   */
  misdirected: 4421,
  /** The session ended (its owner closed it or it expired); sent to viewers. */
  sessionEnded: 4410,
  /** A frame larger than the limit, or a text message over the text limit (16 KiB). */
  frameTooLarge: 4413,
  /** Frames arrived far faster than any camera rate, or text messages faster than 20 a second (a flood). */
  tooManyFrames: 4429,
} as const;

export type LiveCloseCode = (typeof liveCloseCodes)[keyof typeof liveCloseCodes];
