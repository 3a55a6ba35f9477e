-- The preferred backends a step passed over before a later one in its fallback list served, with
-- why: a story written by the built-in storyteller because Ollama was down says so (issue 26).
ALTER TABLE job_steps ADD COLUMN IF NOT EXISTS passed_over jsonb NOT NULL DEFAULT '[]'::jsonb;
