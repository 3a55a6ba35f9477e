import { truncateCloseReason } from '../../live-style/truncate-close-reason.ts';
import type { WebSocketLike } from './attach-web-socket.ts';
import { closeAndStopReading } from './close-and-stop-reading.ts';

/**
 * Sockets one user may hold open across every live websocket (streamers, the live vocabulary page,
 * its overlays). Five sessions streaming, the vocabulary page and two OBS overlays fit; a script
 * opening sockets by the dozen does not.
 */
export const defaultMaxSocketsPerUser = 8;

/** The close code of a refused socket: the live routes' flood code, which clients already explain. */
const tooManySockets = 4429;
const open = 1;

/**
 * Counts each user's open live sockets, one counter shared by all the live routes, so that a user
 * cannot hold more than `limit` at once, as they cannot hold more than five live sessions. A slot is
 * taken once the socket's user is known and freed when the socket closes.
 */
export class LiveSocketCounter {
  private readonly open = new Map<string, number>();

  constructor(readonly limit: number = defaultMaxSocketsPerUser) {}

  /** Sockets `userId` holds now. */
  count(userId: string): number {
    return this.open.get(userId) ?? 0;
  }

  /**
   * Takes one of `userId`'s slots for `socket` until it closes. When the user already holds `limit`,
   * closes the socket with 4429 and a reason naming the limit, and answers false; also false for a
   * socket that closed meanwhile (its close event has passed, so it would never free a slot).
   */
  claim(socket: WebSocketLike, userId: string): boolean {
    if (socket.readyState !== open) return false;
    const held = this.count(userId);
    if (held >= this.limit) {
      closeAndStopReading(socket, tooManySockets, truncateCloseReason(`You have ${this.limit} live connections open, the most one user may; close one (a tab or an OBS source) first.`));
      return false;
    }
    this.open.set(userId, held + 1);
    socket.on('close', () => {
      const left = this.count(userId) - 1;
      if (left > 0) this.open.set(userId, left);
      else this.open.delete(userId);
    });
    return true;
  }
}
