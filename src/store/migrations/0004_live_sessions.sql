-- Where each live style session lives. A session's sockets and frames stay in the memory of the
-- `kiln serve` process that started it; this table lets every other server list it and send its
-- viewers there. Rows carry the server's last heartbeat: a server that stops beating (crash, kill -9)
-- takes its sessions with it once the rows are older than the stale limit, and any server deletes them.
-- Private to their owner, as in 0002_story.sql: queries made for a user set `kiln.user_id` in their
-- transaction; housekeeping (heartbeat, clean-up, a viewer's look-up by unguessable id) runs as the
-- tables' owner, which bypasses RLS.

CREATE TABLE live_sessions (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  -- A stable id of the server process (one per start) and the base URL other machines reach it by.
  server_id text NOT NULL,
  server_url text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX live_sessions_owner_index ON live_sessions (owner_id, created_at DESC);
CREATE INDEX live_sessions_server_index ON live_sessions (server_id);

ALTER TABLE live_sessions ENABLE ROW LEVEL SECURITY;

CREATE POLICY live_sessions_owner ON live_sessions
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));
