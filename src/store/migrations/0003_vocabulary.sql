-- The Vocabulary studio: streams a learner analysed, the expressions found in them (one row per
-- user per dictionary form and reading, shared by every stream they came up in), where each was
-- used, the words the learner already knows, and what was sent to Notion or Anki. Everything is
-- private to its owner, with the same row-level security rule as 0002_story.sql.
--
-- Room to grow: a stream keeps the asset it was made from (`recording_asset_id`), and each
-- occurrence keeps its start and end, so clips/shorts can be cut later without a new table for
-- where; `origin` leaves room for a live mode that adds occurrences to an open stream.

CREATE TABLE vocabulary_streams (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  -- One stream per job: a save step that runs twice (crash, retry) finds the row it already wrote.
  job_id text UNIQUE REFERENCES jobs (id) ON DELETE SET NULL,
  origin text NOT NULL DEFAULT 'transcript' CHECK (origin IN ('transcript', 'recording', 'live')),
  source_url text,
  platform text CHECK (platform IN ('youtube', 'twitch', 'other')),
  video_id text,
  title text,
  channel text,
  stream_date text,
  format text NOT NULL,
  transcript_asset_id text,
  recording_asset_id text,
  cue_count integer NOT NULL CHECK (cue_count >= 0),
  token_count integer NOT NULL CHECK (token_count >= 0),
  japanese_share double precision NOT NULL CHECK (japanese_share BETWEEN 0 AND 1),
  warnings jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX vocabulary_streams_owner_index ON vocabulary_streams (owner_id, created_at DESC, id DESC);

CREATE TABLE vocabulary_expressions (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  dictionary_form text NOT NULL,
  reading text NOT NULL,
  expression text NOT NULL,
  romaji text NOT NULL,
  english text,
  meaning_source text NOT NULL CHECK (meaning_source IN ('glossary', 'jmdict', 'llm', 'none')),
  kind text NOT NULL CHECK (kind IN ('slang', 'stream_term', 'grammar_pattern', 'cultural_reference', 'word')),
  difficulty integer NOT NULL CHECK (difficulty BETWEEN 1 AND 5),
  tags jsonb NOT NULL DEFAULT '[]',
  note text,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'learning', 'known')),
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  first_stream_id text REFERENCES vocabulary_streams (id) ON DELETE SET NULL,
  total_count integer NOT NULL DEFAULT 0 CHECK (total_count >= 0),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (owner_id, dictionary_form, reading)
);

CREATE INDEX vocabulary_expressions_owner_index ON vocabulary_expressions (owner_id, status, total_count DESC);

-- How often an expression came up in one stream: the stream filter and the comprehension score read it.
CREATE TABLE vocabulary_stream_expressions (
  stream_id text NOT NULL REFERENCES vocabulary_streams (id) ON DELETE CASCADE,
  expression_id text NOT NULL REFERENCES vocabulary_expressions (id) ON DELETE CASCADE,
  owner_id text NOT NULL,
  count integer NOT NULL CHECK (count > 0),
  PRIMARY KEY (stream_id, expression_id)
);

CREATE INDEX vocabulary_stream_expressions_expression_index ON vocabulary_stream_expressions (expression_id);

CREATE TABLE vocabulary_occurrences (
  id text PRIMARY KEY,
  owner_id text NOT NULL,
  expression_id text NOT NULL REFERENCES vocabulary_expressions (id) ON DELETE CASCADE,
  stream_id text NOT NULL REFERENCES vocabulary_streams (id) ON DELETE CASCADE,
  start_seconds double precision,
  end_seconds double precision,
  sentence text NOT NULL,
  link text
);

CREATE INDEX vocabulary_occurrences_expression_index ON vocabulary_occurrences (expression_id, start_seconds);
CREATE INDEX vocabulary_occurrences_stream_index ON vocabulary_occurrences (stream_id, sentence);

-- Words the learner said they know (a word list or an Anki deck), matched against the dictionary
-- form, the surface form and the reading of every expression, now and in streams still to come.
CREATE TABLE vocabulary_known_words (
  owner_id text NOT NULL,
  word text NOT NULL,
  source text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (owner_id, word)
);

-- What a sync sent where: a sync that stopped halfway finds what it already did and goes on.
CREATE TABLE vocabulary_sync_records (
  expression_id text NOT NULL REFERENCES vocabulary_expressions (id) ON DELETE CASCADE,
  target text NOT NULL CHECK (target IN ('notion', 'anki')),
  owner_id text NOT NULL,
  remote_id text NOT NULL,
  synced_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (expression_id, target)
);

ALTER TABLE vocabulary_streams ENABLE ROW LEVEL SECURITY;
ALTER TABLE vocabulary_expressions ENABLE ROW LEVEL SECURITY;
ALTER TABLE vocabulary_stream_expressions ENABLE ROW LEVEL SECURITY;
ALTER TABLE vocabulary_occurrences ENABLE ROW LEVEL SECURITY;
ALTER TABLE vocabulary_known_words ENABLE ROW LEVEL SECURITY;
ALTER TABLE vocabulary_sync_records ENABLE ROW LEVEL SECURITY;

CREATE POLICY vocabulary_streams_owner ON vocabulary_streams
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));

CREATE POLICY vocabulary_expressions_owner ON vocabulary_expressions
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));

CREATE POLICY vocabulary_stream_expressions_owner ON vocabulary_stream_expressions
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));

CREATE POLICY vocabulary_occurrences_owner ON vocabulary_occurrences
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));

CREATE POLICY vocabulary_known_words_owner ON vocabulary_known_words
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));

CREATE POLICY vocabulary_sync_records_owner ON vocabulary_sync_records
  USING (owner_id = current_setting('kiln.user_id', true))
  WITH CHECK (owner_id = current_setting('kiln.user_id', true));
