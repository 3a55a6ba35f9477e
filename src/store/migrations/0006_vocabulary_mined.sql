-- Mining a word from the reader (issue 32): the expression remembers the occurrence it was mined
-- from, so its card carries that cue's sentence, audio and picture rather than the first one found,
-- and when, so "mined" is the queue of cards the learner asked for (`mined=true` in the list and exports).
ALTER TABLE vocabulary_expressions
  ADD COLUMN IF NOT EXISTS mined_occurrence_id text REFERENCES vocabulary_occurrences (id) ON DELETE SET NULL,
  ADD COLUMN IF NOT EXISTS mined_at timestamptz;
