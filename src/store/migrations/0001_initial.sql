-- Kiln's first schema: users, jobs with their steps, content-addressed assets and the step cache.
-- Ids are random UUIDs as text; every timestamp is timestamptz. Owner columns carry no foreign key
-- to users because bearer tokens may name users this database has not seen yet.

CREATE TABLE users (
  id text PRIMARY KEY,
  name text NOT NULL,
  email text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The single user of a server running without auth (see src/runtime/local-user.ts).
INSERT INTO users (id, name) VALUES ('local', 'Local user') ON CONFLICT (id) DO NOTHING;

CREATE TABLE jobs (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  pipeline text NOT NULL,
  state text NOT NULL CHECK (state IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
  progress double precision NOT NULL DEFAULT 0,
  input jsonb NOT NULL,
  output jsonb,
  error jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  ended_at timestamptz
);

CREATE INDEX jobs_owner_created_index ON jobs (owner_id, created_at DESC, id DESC);
-- Unfinished jobs are few; recovery and queue depth only ever look at them.
CREATE INDEX jobs_unfinished_index ON jobs (state) WHERE state IN ('queued', 'running');

CREATE TABLE job_steps (
  job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  name text NOT NULL,
  step_id text NOT NULL,
  position integer NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'running', 'succeeded', 'failed', 'skipped')),
  attempts integer NOT NULL DEFAULT 0,
  cached boolean NOT NULL DEFAULT false,
  started_at timestamptz,
  ended_at timestamptz,
  duration_ms integer,
  served_by jsonb NOT NULL DEFAULT '[]',
  progress double precision NOT NULL DEFAULT 0,
  message text,
  error jsonb,
  PRIMARY KEY (job_id, name)
);

CREATE TABLE assets (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  media_type text NOT NULL,
  size_bytes bigint NOT NULL,
  name text NOT NULL,
  job_id text REFERENCES jobs (id) ON DELETE SET NULL,
  metadata jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX assets_owner_created_index ON assets (owner_id, created_at DESC, id DESC);
CREATE INDEX assets_sha256_index ON assets (sha256);
CREATE INDEX assets_job_index ON assets (job_id);

CREATE TABLE step_cache (
  key text PRIMARY KEY,
  owner_id text NOT NULL,
  step_id text NOT NULL,
  output jsonb,
  asset_ids jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX step_cache_owner_index ON step_cache (owner_id);
