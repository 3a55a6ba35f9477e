/**
 * One live websocket from the browser: the streamer's (frames out, styled frames back) or a
 * viewer's (styled frames only). The streamer sends a frame only when the previous one has been
 * answered, so the server never holds more than one frame from this page: the newest is always
 * the next to be styled.
 */
import { readAccessToken } from '../api/access-token.ts';
import { decodeFrameMessage, encodeFrameMessage, type FrameImageType, type FrameMessage } from '../../../src/live-style/frame-protocol.ts';
import type { LiveStyle, ServerMessage } from '../../../src/live-style/live-messages.ts';

export interface LiveClientEvents {
  frame(frame: FrameMessage): void;
  message(message: ServerMessage): void;
  close(code: number, reason: string): void;
}

/** After this long without an answer a frame counts as lost and the next may go. */
const answerTimeoutMs = 3000;

export class LiveClient {
  private readonly socket: WebSocket;
  private readonly events: LiveClientEvents;
  private admitted = false;
  private waitingFor: { frameId: number; since: number } | undefined;
  private nextFrameId = 1;
  /** A style chosen before the socket opened: sent as soon as it does. */
  private pendingStyle: LiveStyle | undefined;

  constructor(path: string, events: LiveClientEvents) {
    this.events = events;
    const url = new URL(path, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const token = readAccessToken();
    // Browsers cannot set an Authorization header on a websocket: the token rides as a second subprotocol.
    this.socket = new WebSocket(url, token ? ['kiln-live.v1', `kiln-token.${token}`] : ['kiln-live.v1']);
    this.socket.binaryType = 'arraybuffer';
    this.socket.addEventListener('message', (event) => this.receive(event.data));
    this.socket.addEventListener('open', () => {
      if (this.pendingStyle) this.sendStyle(this.pendingStyle);
      this.pendingStyle = undefined;
    });
    this.socket.addEventListener('close', (event) => events.close(event.code, event.reason));
  }

  /** True when the server takes frames and the previous one has been answered. */
  get ready(): boolean {
    if (!this.admitted || this.socket.readyState !== WebSocket.OPEN) return false;
    if (this.waitingFor && performance.now() - this.waitingFor.since > answerTimeoutMs) this.waitingFor = undefined;
    return this.waitingFor === undefined;
  }

  /** Sends a camera frame if the server is ready for one; answers its id, or undefined when it was not sent. */
  sendFrame(image: Uint8Array, imageType: FrameImageType, captureTime: number): number | undefined {
    if (!this.ready) return undefined;
    const frameId = this.nextFrameId++;
    this.socket.send(encodeFrameMessage({ kind: 'camera', imageType, frameId, captureTime, repeat: false, image }));
    this.waitingFor = { frameId, since: performance.now() };
    return frameId;
  }

  /** Sends a style change now, or as soon as the socket opens. */
  sendStyle(style: LiveStyle): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify({ type: 'style', ...style }));
    else if (this.socket.readyState === WebSocket.CONNECTING) this.pendingStyle = style;
  }

  close(): void {
    this.socket.close(1000, 'The page closed the stream.');
  }

  private receive(data: unknown): void {
    if (typeof data === 'string') {
      const message = JSON.parse(data) as ServerMessage;
      if (message.type === 'admitted') this.admitted = true;
      if (message.type === 'waiting') this.admitted = false;
      if ((message.type === 'frame-dropped' || message.type === 'frame-error') && message.frameId === this.waitingFor?.frameId) this.waitingFor = undefined;
      this.events.message(message);
      return;
    }
    const frame = decodeFrameMessage(new Uint8Array(data as ArrayBuffer));
    if (this.waitingFor && frame.frameId >= this.waitingFor.frameId) this.waitingFor = undefined;
    this.events.frame(frame);
  }
}

/** A sentence for why a live socket closed, from the server's reason or its code. */
export function describeClose(code: number, reason: string): string {
  if (reason) return reason;
  if (code === 1006) return 'The connection to the Kiln server was lost.';
  if (code === 1009) return 'A frame was far too large for the server.';
  return `The live connection closed (code ${code}).`;
}
