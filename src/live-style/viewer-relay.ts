import type { FrameSink } from './frame-sink.ts';

export interface ViewerRelayOptions {
  /** A viewer with more than this many bytes still unsent skips frames until it catches up. */
  maxBufferedBytes?: number;
}

/**
 * Hands each styled frame to every viewer of a session: the same bytes, encoded once, without
 * asking the backend again. A slow viewer loses frames rather than making the server hold an
 * ever longer queue for it, so it always sees the latest picture and never stalls the others.
 */
export class ViewerRelay {
  private readonly viewers = new Set<FrameSink>();
  private readonly maxBufferedBytes: number;
  /** Frames not sent to some viewer because it was behind. */
  skipped = 0;

  constructor(options: ViewerRelayOptions = {}) {
    this.maxBufferedBytes = options.maxBufferedBytes ?? 1024 * 1024;
  }

  get count(): number {
    return this.viewers.size;
  }

  add(viewer: FrameSink): void {
    this.viewers.add(viewer);
  }

  remove(viewer: FrameSink): boolean {
    return this.viewers.delete(viewer);
  }

  /** Sends a frame (binary) to every viewer that is keeping up. */
  relayFrame(message: Uint8Array): void {
    for (const viewer of this.viewers) {
      if (viewer.bufferedAmount > this.maxBufferedBytes) {
        this.skipped += 1;
        continue;
      }
      viewer.send(message);
    }
  }

  /** Sends a control message (text) to every viewer. */
  announce(message: string): void {
    for (const viewer of this.viewers) viewer.send(message);
  }

  /** Closes every viewer's socket, e.g. when the session ends. */
  closeAll(code: number, reason: string): void {
    for (const viewer of this.viewers) viewer.close(code, reason);
    this.viewers.clear();
  }
}
