import { createHmac, randomBytes } from 'node:crypto';
import type { OverlayMessage } from '../../pipelines/vocabulary/live/live-vocabulary-messages.ts';

export interface OverlaySink {
  send(message: string): void;
}

/**
 * Carries each streamer's newest expression to their overlay pages (OBS browser sources, which
 * have no sign-in). A user's overlay key is derived from their id with a secret made at start, so
 * the overlay URL stays the same across reconnects for the life of the process, and nobody can
 * guess another user's.
 */
export class OverlayHub {
  private readonly secret = randomBytes(32);
  private readonly sinks = new Map<string, Set<OverlaySink>>();
  private readonly latest = new Map<string, string>();
  private readonly owners = new Map<string, string>();

  keyFor(userId: string): string {
    const key = createHmac('sha256', this.secret).update(userId).digest('base64url').slice(0, 32);
    this.owners.set(key, userId);
    return key;
  }

  /**
   * The user a key was handed to since this process started (a Map lookup: no timing to learn from),
   * so their overlay pages count among their sockets; undefined for any other key.
   */
  ownerOf(key: string): string | undefined {
    return this.owners.get(key);
  }

  publish(userId: string, message: OverlayMessage): void {
    const key = this.keyFor(userId);
    const text = JSON.stringify(message);
    this.latest.set(key, text);
    for (const sink of this.sinks.get(key) ?? []) sink.send(text);
  }

  /** Adds an overlay page; it is sent the newest expression at once. Answers the remover. */
  subscribe(key: string, sink: OverlaySink): () => void {
    const set = this.sinks.get(key) ?? new Set<OverlaySink>();
    this.sinks.set(key, set);
    set.add(sink);
    const latest = this.latest.get(key);
    if (latest) sink.send(latest);
    return () => {
      set.delete(sink);
      if (set.size === 0) this.sinks.delete(key);
    };
  }
}
