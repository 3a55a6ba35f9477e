-- The Story studio: child profiles a parent keeps, and finished stories. Both are private to their
-- owner. The app filters every query by owner_id itself; on Postgres the row-level security policies
-- below enforce the same rule for any role that does not bypass RLS. The app sets the user per
-- transaction with `SELECT set_config('kiln.user_id', $1, true)` (see src/pipelines/story/with-owner.ts),
-- so the policies hold whether Kiln connects as the tables' owner (which bypasses RLS) or as a
-- restricted role.

CREATE TABLE child_profiles (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  name text NOT NULL,
  age integer NOT NULL CHECK (age BETWEEN 1 AND 14),
  interests jsonb NOT NULL DEFAULT '[]',
  favourite_things jsonb NOT NULL DEFAULT '[]',
  reading_level text NOT NULL DEFAULT 'auto' CHECK (reading_level IN ('auto', 'early', 'developing', 'confident')),
  language text NOT NULL DEFAULT 'en',
  preferred_voice text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX child_profiles_owner_index ON child_profiles (owner_id, created_at DESC, id DESC);

CREATE TABLE stories (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  profile_id text REFERENCES child_profiles (id) ON DELETE SET NULL,
  -- One story per job: a save step that runs twice (crash, retry) finds the row it already wrote.
  job_id text UNIQUE REFERENCES jobs (id) ON DELETE SET NULL,
  title text NOT NULL,
  prompt text NOT NULL,
  -- Scenes with text, sentence timings, asset ids and moderation records.
  content jsonb NOT NULL,
  asset_ids jsonb NOT NULL DEFAULT '[]',
  checked_locally_only boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX stories_owner_created_index ON stories (owner_id, created_at DESC, id DESC);

ALTER TABLE child_profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE stories ENABLE ROW LEVEL SECURITY;

CREATE POLICY child_profiles_owner ON child_profiles
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));

CREATE POLICY stories_owner ON stories
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));
