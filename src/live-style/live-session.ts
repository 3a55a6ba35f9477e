import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { FrameImageType } from './frame-protocol.ts';
import type { FrameSink } from './frame-sink.ts';
import type { LiveStyle, ServerMessage } from './live-messages.ts';
import { PersonMaskTracker } from './person-mask-tracker.ts';
import { SimilarityFilter, type SimilarityFilterOptions } from './similarity-filter.ts';
import { ViewerRelay } from './viewer-relay.ts';

/** A camera frame as it waits for the backend. */
export interface CameraFrame {
  frameId: number;
  captureTime: number;
  imageType: FrameImageType;
  image: Uint8Array;
  /** performance.now() when it arrived, for the queue wait. */
  receivedAt: number;
}

/** The last styled picture, kept to answer near-identical frames and new viewers at once. */
export interface StyledPicture {
  image: Uint8Array;
  imageType: FrameImageType;
  /** The style version it was made with; a style change makes it stale. */
  styleVersion: number;
}

export interface LiveSessionOptions {
  ownerId: string;
  similarity?: SimilarityFilterOptions;
  /** See ViewerRelay. */
  maxViewerBufferedBytes?: number;
}

/**
 * One streamer's live session: its style, the one frame waiting for the backend (latest wins),
 * the last styled picture and its viewers. Holds no sockets of its own beyond the sinks it is
 * given, so the whole of it can be tested without a server.
 */
export class LiveSession {
  readonly id = randomUUID();
  /** The secret in viewer links; viewers need no account, only this. */
  readonly viewerKey = randomBytes(24).toString('base64url');
  readonly ownerId: string;
  readonly createdAt = Date.now();
  /** One seed for the whole session, so an AI backend keeps consecutive frames alike. */
  readonly seed = Math.floor(Math.random() * 2 ** 31);
  readonly viewers: ViewerRelay;
  readonly similarity: SimilarityFilter;
  style: LiveStyle = { preset: 'cartoon' };
  /** The person mask between frames, for styles that restyle the background or the person only. */
  readonly personMask = new PersonMaskTracker();
  styleVersion = 0;
  streamer: FrameSink | undefined;
  /** When the streamer last connected or left; idle sessions expire from this. */
  lastActiveAt = Date.now();
  lastStyled: StyledPicture | undefined;
  /** The last styled frame as sent (header and image), for viewers who join between frames. */
  lastFrameMessage: Uint8Array | undefined;
  /** Frames replaced before the backend took them. */
  dropped = 0;
  processed = 0;
  /** Near-identical frames answered with the last styled picture. */
  repeated = 0;
  /** Undecodable frames in a row; a few are forgiven, a stream of them closes the socket. */
  badFramesInARow = 0;
  private waiting: CameraFrame | undefined;
  private abortController = new AbortController();

  constructor(options: LiveSessionOptions) {
    this.ownerId = options.ownerId;
    this.similarity = new SimilarityFilter(options.similarity);
    this.viewers = new ViewerRelay({ maxBufferedBytes: options.maxViewerBufferedBytes });
  }

  /** Cancels the backend call in flight when the streamer goes or the session ends. */
  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  get hasWaitingFrame(): boolean {
    return this.waiting !== undefined;
  }

  /** Holds a frame for the backend. A frame already waiting is replaced and returned, and counts as dropped. */
  offer(frame: CameraFrame): CameraFrame | undefined {
    const replaced = this.waiting;
    this.waiting = frame;
    if (replaced) this.dropped += 1;
    return replaced;
  }

  /** The waiting frame, handed to the backend. */
  take(): CameraFrame | undefined {
    const frame = this.waiting;
    this.waiting = undefined;
    return frame;
  }

  /** A new look from the next frame on: nothing cached under the old one may be reused. */
  setStyle(style: LiveStyle): void {
    this.style = style;
    this.styleVersion += 1;
    this.similarity.reset();
    this.personMask.reset();
  }

  /** Aborts work for the streamer that left and forgets its waiting frame; the session itself stays. */
  streamerLeft(): void {
    this.streamer = undefined;
    this.lastActiveAt = Date.now();
    this.waiting = undefined;
    this.abortController.abort(new DOMException('The streamer left.', 'AbortError'));
    this.abortController = new AbortController();
  }

  /** A control message to the streamer, if one is connected. */
  send(message: ServerMessage): void {
    this.streamer?.send(JSON.stringify(message));
  }

  /** Compares in constant time, so the key cannot be guessed byte by byte from response times. */
  isViewerKey(candidate: string): boolean {
    const expected = Buffer.from(this.viewerKey);
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /** The prompt the restyle model receives: `preset:` names the preset outright (see choose-filter-style.ts). */
  restylePrompt(): string {
    const parts = [this.style.preset ? `preset:${this.style.preset}` : '', this.style.prompt ?? ''];
    return parts.filter((part) => part !== '').join(' ');
  }
}
