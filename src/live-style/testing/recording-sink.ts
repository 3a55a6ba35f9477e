import { decodeFrameMessage, type FrameMessage } from '../frame-protocol.ts';
import type { FrameSink } from '../frame-sink.ts';
import type { ServerMessage } from '../live-messages.ts';

/** A FrameSink that keeps what it was sent, for tests of the live code without sockets. */
export class RecordingSink implements FrameSink {
  readonly sent: Array<Uint8Array | string> = [];
  bufferedAmount = 0;
  closed: { code: number; reason: string } | undefined;
  private readonly waiters: Array<() => void> = [];

  send(message: Uint8Array | string): void {
    if (this.closed) throw new Error('sent to a closed sink');
    this.sent.push(message);
    this.waiters.splice(0).forEach((wake) => wake());
  }

  close(code: number, reason: string): void {
    this.closed ??= { code, reason };
    this.waiters.splice(0).forEach((wake) => wake());
  }

  messages(): ServerMessage[] {
    return this.sent.filter((item): item is string => typeof item === 'string').map((item) => JSON.parse(item) as ServerMessage);
  }

  frames(): FrameMessage[] {
    return this.sent.filter((item): item is Uint8Array => typeof item !== 'string').map((item) => decodeFrameMessage(item));
  }

  /** Resolves once `check` holds, re-checking after each message; fails after `timeoutMs`. */
  async waitFor(check: (sink: this) => boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(this)) {
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms; got ${JSON.stringify(this.messages())} and ${this.frames().length} frames`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
}
