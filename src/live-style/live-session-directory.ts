import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database, SqlSession } from '../store/database.ts';

/** The server process that holds a live session, as other servers and clients reach it. */
export interface LiveSessionServer {
  /** Stable for the life of one server process; a restart gets a new one. */
  id: string;
  /** Base URL other machines reach this server by, e.g. `http://10.0.0.5:3000`. */
  url: string;
}

/** A session as the database knows it: whose it is, where it lives, when it started. */
export interface LiveSessionPlace {
  sessionId: string;
  ownerId: string;
  server: LiveSessionServer;
  createdAt: string;
}

export interface LiveSessionDirectoryOptions {
  database: Database;
  /** This server; `url` is read when a session is recorded, since the listen address comes late. */
  server: { id?: string; url(): string };
  /** The sessions this server holds now; the heartbeat keeps their rows and deletes the rest of this server's. */
  liveSessionIds(): string[];
  /** How often this server marks its rows alive. Default 5 s. */
  heartbeatMs?: number;
  /** Rows not marked for this long belong to a server that stopped: ignored and deleted. Default 4 heartbeats. */
  staleMs?: number;
  onError(error: unknown): void;
}

interface PlaceRow { id: string; owner_id: string; server_id: string; server_url: string; created_at: Date | string }

/**
 * The database's record of which server holds each live session (migration 0004), so that with
 * several `kiln serve` processes any of them can list a user's sessions and tell a client where to go.
 */
export class LiveSessionDirectory {
  readonly serverId: string;
  private readonly options: LiveSessionDirectoryOptions;
  private readonly staleSeconds: number;
  private readonly beat: NodeJS.Timeout;
  private lastBeat: Promise<void> = Promise.resolve();

  constructor(options: LiveSessionDirectoryOptions) {
    this.options = options;
    this.serverId = options.server.id ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    const heartbeatMs = options.heartbeatMs ?? 5000;
    this.staleSeconds = (options.staleMs ?? heartbeatMs * 4) / 1000;
    this.beat = setInterval(() => {
      this.lastBeat = this.heartbeat().catch(options.onError);
    }, heartbeatMs).unref();
  }

  /** Records a session this server just started. */
  async record(sessionId: string, ownerId: string): Promise<void> {
    await this.asOwner(ownerId, (session) => session.query(
      'INSERT INTO live_sessions (id, owner_id, server_id, server_url) VALUES ($1, $2, $3, $4)',
      [sessionId, ownerId, this.serverId, this.options.server.url()],
    ));
  }

  /** Forgets a session that ended here. */
  async forget(sessionId: string): Promise<void> {
    await this.options.database.query('DELETE FROM live_sessions WHERE id = $1 AND server_id = $2', [sessionId, this.serverId]);
  }

  /** Where a session lives, or undefined when no live server holds it. */
  async find(sessionId: string): Promise<LiveSessionPlace | undefined> {
    const rows = await this.options.database.query<PlaceRow>(
      `SELECT * FROM live_sessions WHERE id = $1 AND last_seen_at > now() - make_interval(secs => $2)`,
      [sessionId, this.staleSeconds],
    );
    return rows.map(placeOf)[0];
  }

  /** The owner's sessions on every live server, newest first. */
  async list(ownerId: string): Promise<LiveSessionPlace[]> {
    const rows = await this.asOwner(ownerId, (session) => session.query<PlaceRow>(
      `SELECT * FROM live_sessions WHERE owner_id = $1 AND last_seen_at > now() - make_interval(secs => $2)
       ORDER BY created_at DESC, id DESC`,
      [ownerId, this.staleSeconds],
    ));
    return rows.map(placeOf);
  }

  /**
   * Marks this server's sessions alive and deletes rows of sessions that ended here (expired, or a
   * forget that failed) and of servers that stopped beating.
   */
  async heartbeat(): Promise<void> {
    const held = this.options.liveSessionIds();
    await this.options.database.query('DELETE FROM live_sessions WHERE server_id = $1 AND NOT (id = ANY($2))', [this.serverId, held]);
    await this.options.database.query('UPDATE live_sessions SET last_seen_at = now() WHERE server_id = $1', [this.serverId]);
    await this.options.database.query(
      'DELETE FROM live_sessions WHERE last_seen_at < now() - make_interval(secs => $1)',
      [this.staleSeconds],
    );
  }

  // The RLS policy of migration 0004 reads kiln.user_id, set for this transaction only.
  private asOwner<T>(ownerId: string, work: (session: SqlSession) => Promise<T>): Promise<T> {
    return this.options.database.transaction(async (session) => {
      await session.query(`SELECT set_config('kiln.user_id', $1, true)`, [ownerId]);
      return work(session);
    });
  }

  /** Stops the heartbeat and deletes this server's rows (its sessions end with it). */
  async close(): Promise<void> {
    clearInterval(this.beat);
    await this.lastBeat;
    await this.options.database.query('DELETE FROM live_sessions WHERE server_id = $1', [this.serverId]);
  }
}

const placeOf = (row: PlaceRow): LiveSessionPlace => ({
  sessionId: row.id,
  ownerId: row.owner_id,
  server: { id: row.server_id, url: row.server_url },
  createdAt: new Date(row.created_at).toISOString(),
});
