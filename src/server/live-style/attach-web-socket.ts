import type { FrameSink } from '../../live-style/frame-sink.ts';
import type { LiveConnection } from '../../live-style/live-studio.ts';
import { liveCloseCodes } from '../../live-style/live-close-codes.ts';
import { closeAndStopReading } from './close-and-stop-reading.ts';
import type { WebSocketLike } from './web-socket-like.ts';

// In its own file so that the helpers this file uses need nothing from here; re-exported for its callers.
export type { WebSocketLike } from './web-socket-like.ts';

const open = 1;

/** The socket as the live studio's FrameSink: sends nothing once it is closing; a flooder is no longer read. */
export function frameSinkOf(socket: WebSocketLike): FrameSink {
  return {
    send: (message) => {
      if (socket.readyState === open) socket.send(message);
    },
    get bufferedAmount() {
      return socket.bufferedAmount;
    },
    close: (code, reason) => {
      if (socket.readyState !== open) return;
      if (code === liveCloseCodes.tooManyFrames) closeAndStopReading(socket, code, reason);
      else socket.close(code, reason);
    },
  };
}

/**
 * Listens at once (messages sent before `connect` resolves would otherwise be lost), holds them
 * while the caller checks who is asking, then hands them to the connection. `connect` answers
 * undefined when it closed the socket itself.
 */
export function attachWebSocket(
  socket: WebSocketLike,
  connect: () => Promise<LiveConnection | undefined>,
  onUnexpectedError: (error: unknown) => void,
): void {
  const early: Array<Uint8Array | string> = [];
  let connection: LiveConnection | undefined;
  let gone = false;
  socket.on('message', (data, isBinary) => {
    // Once closing, what the client sent before it heard the close is dropped unread.
    if (socket.readyState !== open) return;
    const message = toMessage(data, isBinary);
    if (connection) {
      connection.receive(message);
      return;
    }
    // Latest frame wins here too: only the newest early frame is kept, with every control message.
    const earlierFrame = typeof message === 'string' ? -1 : early.findIndex((held) => typeof held !== 'string');
    if (earlierFrame >= 0) early.splice(earlierFrame, 1);
    if (early.length < 16) early.push(message);
  });
  socket.on('close', () => {
    gone = true;
    connection?.disconnect();
  });
  socket.on('error', () => undefined);
  connect().then((made) => {
    if (!made) return;
    if (gone) {
      made.disconnect();
      return;
    }
    connection = made;
    for (const message of early.splice(0)) made.receive(message);
  }).catch((error: unknown) => {
    onUnexpectedError(error);
    if (socket.readyState === open) socket.close(liveCloseCodes.internalError, 'Something went wrong inside Kiln; the server log has the details.');
  });
}

function toMessage(data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean): Uint8Array | string {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? Buffer.from(data) : data;
  return isBinary ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : buffer.toString('utf8');
}
