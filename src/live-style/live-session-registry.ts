import { ConflictError } from '../engine/errors/index.ts';
import { LiveSession, type LiveSessionOptions } from './live-session.ts';

export interface LiveSessionRegistryOptions {
  /** Sessions one user may hold at once. */
  maxSessionsPerOwner?: number;
  /** A session with no streamer and no viewers for this long is ended. */
  idleSessionMs?: number;
  /** Passed to every new session. */
  sessionOptions?: Omit<LiveSessionOptions, 'ownerId'>;
  /** Called for each session that expired, so its sockets and scheduler place are released. */
  onExpired(session: LiveSession): void;
}

/** The live sessions of this server process, by id. Sessions live in memory: a restart ends them. */
export class LiveSessionRegistry {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly sweeper: NodeJS.Timeout;
  private readonly options: LiveSessionRegistryOptions;

  constructor(options: LiveSessionRegistryOptions) {
    this.options = options;
    const idleMs = options.idleSessionMs ?? 10 * 60_000;
    this.sweeper = setInterval(() => this.expireIdle(idleMs), Math.min(30_000, idleMs)).unref();
  }

  /** A new session for `ownerId`; ConflictError when they already hold the most allowed. */
  create(ownerId: string): LiveSession {
    const limit = this.options.maxSessionsPerOwner ?? 5;
    const owned = this.list(ownerId);
    if (owned.length >= limit) {
      throw new ConflictError(`You already have ${owned.length} live sessions, the most allowed; end one (DELETE /api/live/sessions/{id}) first.`, {
        details: { limit },
      });
    }
    const session = new LiveSession({ ...this.options.sessionOptions, ownerId });
    this.sessions.set(session.id, session);
    return session;
  }

  get(sessionId: string): LiveSession | undefined {
    return this.sessions.get(sessionId);
  }

  list(ownerId: string): LiveSession[] {
    return [...this.sessions.values()].filter((session) => session.ownerId === ownerId);
  }

  all(): LiveSession[] {
    return [...this.sessions.values()];
  }

  remove(session: LiveSession): void {
    this.sessions.delete(session.id);
  }

  /** Ends sessions nobody is using; one being watched or streamed never expires. */
  expireIdle(idleMs: number, now = Date.now()): void {
    for (const session of this.sessions.values()) {
      if (!session.streamer && session.viewers.count === 0 && now - session.lastActiveAt >= idleMs) {
        this.sessions.delete(session.id);
        this.options.onExpired(session);
      }
    }
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}
