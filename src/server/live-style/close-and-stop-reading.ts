import type { WebSocketLike } from './web-socket-like.ts';

/** How long a socket closed this way has to take in its close frame before it is cut off. */
export const closeGraceMs = 1000;
const open = 1;

/**
 * Closes a socket that floods the server, and stops reading it at once. A flooding client goes on
 * sending until the close frame reaches it, and every message it sent meanwhile (tens of thousands
 * in a loop) would still be parsed and handed over one by one on the event loop all other requests
 * wait for. Paused, they stay in the kernel's buffers. The client's answering close frame is not
 * read either, so the connection is cut off once the client has had the time to read why.
 */
export function closeAndStopReading(socket: WebSocketLike, code: number, reason: string): void {
  if (socket.readyState !== open) return;
  socket.close(code, reason);
  socket.pause();
  const cutOff = setTimeout(() => socket.terminate(), closeGraceMs);
  socket.on('close', () => clearTimeout(cutOff));
}
