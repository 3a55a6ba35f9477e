-- A user's own Notion connection (issue 27): the integration token and the database their words go
-- to, set from the Vocabulary page instead of the operator's NOTION_TOKEN and config file. One row
-- per user; the token is stored sealed (AES-256-GCM, src/store/seal-secret.ts), opened only by the
-- sync step and never sent back to a browser.
-- Private to their owner, as in 0002_story.sql.

CREATE TABLE notion_connections (
  owner_id text PRIMARY KEY,
  sealed_token text NOT NULL,
  database_id text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE notion_connections ENABLE ROW LEVEL SECURITY;

CREATE POLICY notion_connections_owner ON notion_connections
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));
