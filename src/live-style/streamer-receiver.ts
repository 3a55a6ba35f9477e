import { decodeFrameMessage, FrameProtocolError, sniffFrameImage } from './frame-protocol.ts';
import type { FrameSink } from './frame-sink.ts';
import { liveCloseCodes } from './live-close-codes.ts';
import { createPerSecondLimit } from './per-second-limit.ts';
import { streamerMessageSchema, type LiveStyle, type ServerMessage } from './live-messages.ts';
import type { LiveSession } from './live-session.ts';
import { truncateCloseReason } from './truncate-close-reason.ts';

export interface StreamerReceiverOptions {
  maxFrameBytes: number;
  /** More frames than this within one second closes the socket (4429). */
  maxFramesPerSecond: number;
  /** A text (JSON) message longer than this closes the socket (4413), unparsed. Default 16 KiB. */
  maxTextBytes?: number;
  /** More text messages than this within one second closes the socket (4429). Default 20. */
  maxTextMessagesPerSecond?: number;
  /** A frame is waiting in the session now. */
  onFrame(): void;
  /** A style change; answers a sentence when it is refused. */
  onStyle(style: LiveStyle): string | undefined;
  /** Milliseconds, monotonic. */
  now(): number;
}

/**
 * Reads what a streamer sends: binary camera frames (checked, then held as the session's one
 * waiting frame) and JSON control messages. Protocol violations close the socket with a code and
 * a sentence; a control message it does not understand is answered and otherwise ignored.
 */
export function createStreamerReceiver(session: LiveSession, sink: FrameSink, options: StreamerReceiverOptions): (data: Uint8Array | string) => void {
  let closed = false;
  const tooManyFrames = createPerSecondLimit(options.maxFramesPerSecond, options.now);
  // A style change per click or spoken command and a ping every few seconds come nowhere near these.
  const maxTextBytes = options.maxTextBytes ?? 16 * 1024;
  const maxTextMessagesPerSecond = options.maxTextMessagesPerSecond ?? 20;
  const tooManyTexts = createPerSecondLimit(maxTextMessagesPerSecond, options.now);
  const send = (message: ServerMessage) => sink.send(JSON.stringify(message));
  const close = (code: number, reason: string) => {
    closed = true;
    sink.close(code, truncateCloseReason(reason));
  };

  function receiveText(text: string): void {
    // Checked before parsing: parsing is the cost a flood of big or many messages would impose.
    if (text.length > maxTextBytes) {
      close(liveCloseCodes.frameTooLarge, `A text message of ${Buffer.byteLength(text)} bytes is over the limit of ${maxTextBytes}; control messages are small JSON objects.`);
      return;
    }
    if (tooManyTexts()) {
      close(liveCloseCodes.tooManyFrames, `More than ${maxTextMessagesPerSecond} text messages arrived within a second; send a ping every few seconds at most.`);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      send({ type: 'error', code: 'bad_input', message: 'A text message must be JSON, e.g. {"type":"style","preset":"cartoon"}.' });
      return;
    }
    const parsed = streamerMessageSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
      send({ type: 'error', code: 'bad_input', message: `That message was not understood (${where}${issue?.message ?? 'invalid'}); send {"type":"style",...} or {"type":"ping"}.` });
      return;
    }
    const message = parsed.data;
    if (message.type === 'ping') {
      send({ type: 'pong', at: message.at });
      return;
    }
    const refusal = options.onStyle({ preset: message.preset, prompt: message.prompt || undefined, strength: message.strength, subject: message.subject, backdrop: message.backdrop });
    if (refusal) send({ type: 'error', code: 'bad_input', message: refusal });
  }

  function receiveFrame(bytes: Uint8Array): void {
    if (bytes.length > options.maxFrameBytes) {
      close(liveCloseCodes.frameTooLarge, `A frame of ${bytes.length} bytes is over the limit of ${options.maxFrameBytes}; send 512-pixel JPEG or WebP frames.`);
      return;
    }
    const now = options.now();
    if (tooManyFrames()) {
      close(liveCloseCodes.tooManyFrames, `More than ${options.maxFramesPerSecond} frames arrived within a second; send at most 30 FPS.`);
      return;
    }
    let frame;
    try {
      frame = decodeFrameMessage(bytes);
    } catch (error) {
      if (!(error instanceof FrameProtocolError)) throw error;
      close(liveCloseCodes.badFrame, error.message);
      return;
    }
    if (frame.kind !== 'camera') {
      close(liveCloseCodes.badFrame, 'Streamers send camera frames (kind 1); styled frames come from the server.');
      return;
    }
    const actual = sniffFrameImage(frame.image);
    if (actual !== frame.imageType) {
      close(liveCloseCodes.badFrame, `Frame ${frame.frameId} is not the ${frame.imageType} its header says${actual ? ` (it is ${actual})` : ': its bytes are not an image'}.`);
      return;
    }
    const replaced = session.offer({ frameId: frame.frameId, captureTime: frame.captureTime, imageType: frame.imageType, image: frame.image, receivedAt: now });
    if (replaced) send({ type: 'frame-dropped', frameId: replaced.frameId, dropped: session.dropped });
    options.onFrame();
  }

  return (data) => {
    if (closed) return;
    if (typeof data === 'string') receiveText(data);
    else receiveFrame(data);
  };
}
