import { randomUUID } from 'node:crypto';
import type { SqlSession } from '../../../store/database.ts';
import type { StreamAnalysis, StreamSource, TranscriptFormat } from '../vocabulary-contracts.ts';

/** What the save step writes for one job. */
export interface StreamToSave {
  jobId: string;
  source: StreamSource;
  format: TranscriptFormat | 'recording';
  origin: 'transcript' | 'recording';
  transcriptAssetId: string | null;
  recordingAssetId: string | null;
  cueCount: number;
  analysis: StreamAnalysis;
}

/**
 * Writes one analysed stream inside the caller's transaction: the stream row, each item merged into
 * the learner's expressions (one row per dictionary form and reading, counts added up), how often it
 * came up here, and every occurrence. Keyed by job: when the row for the job already exists (a retry
 * after the commit), nothing is written again and its id is answered.
 */
export async function saveStreamAnalysis(session: SqlSession, ownerId: string, stream: StreamToSave): Promise<{ streamId: string; created: boolean }> {
  const { source, analysis } = stream;
  const inserted = await session.query<{ id: string }>(
    `INSERT INTO vocabulary_streams (id, owner_id, job_id, origin, source_url, platform, video_id, title, channel, stream_date, format,
       transcript_asset_id, recording_asset_id, cue_count, token_count, japanese_share, warnings)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT (job_id) DO NOTHING RETURNING id`,
    [randomUUID(), ownerId, stream.jobId, stream.origin, source.url ?? null, source.platform ?? null, source.videoId ?? null, source.title ?? null,
      source.channel ?? null, source.date ?? null, stream.format, stream.transcriptAssetId, stream.recordingAssetId, stream.cueCount,
      analysis.tokenCount, analysis.japaneseShare, JSON.stringify(analysis.warnings)],
  );
  if (inserted.length === 0) {
    const existing = await session.query<{ id: string }>('SELECT id FROM vocabulary_streams WHERE job_id = $1 AND owner_id = $2', [stream.jobId, ownerId]);
    return { streamId: existing[0].id, created: false };
  }
  const streamId = inserted[0].id;
  const known = new Set((await session.query<{ word: string }>('SELECT word FROM vocabulary_known_words WHERE owner_id = $1', [ownerId])).map((row) => row.word));
  for (const item of analysis.items) {
    const status = known.has(item.dictionaryForm) || known.has(item.expression) ? 'known' : 'new';
    // A meaning found before is kept; one found now fills a gap. Status is the learner's and never reset.
    const [{ id: expressionId }] = await session.query<{ id: string }>(
      `INSERT INTO vocabulary_expressions (id, owner_id, dictionary_form, reading, expression, romaji, english, meaning_source, kind,
         difficulty, tags, note, status, first_stream_id, total_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (owner_id, dictionary_form, reading) DO UPDATE SET
         total_count = vocabulary_expressions.total_count + EXCLUDED.total_count,
         english = COALESCE(vocabulary_expressions.english, EXCLUDED.english),
         meaning_source = CASE WHEN vocabulary_expressions.english IS NULL THEN EXCLUDED.meaning_source ELSE vocabulary_expressions.meaning_source END,
         note = COALESCE(vocabulary_expressions.note, EXCLUDED.note),
         updated_at = now()
       RETURNING id`,
      [randomUUID(), ownerId, item.dictionaryForm, item.reading, item.expression, item.romaji, item.english, item.meaningSource, item.kind,
        item.difficulty, JSON.stringify(item.tags), item.note, status, streamId, item.count],
    );
    await session.query(
      `INSERT INTO vocabulary_stream_expressions (stream_id, expression_id, owner_id, count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (stream_id, expression_id) DO UPDATE SET count = vocabulary_stream_expressions.count + EXCLUDED.count`,
      [streamId, expressionId, ownerId, item.count],
    );
    const occurrences = item.occurrences;
    await session.query(
      `INSERT INTO vocabulary_occurrences (id, owner_id, expression_id, stream_id, start_seconds, end_seconds, sentence, link)
       SELECT id, $1, $2, $3, start_seconds, end_seconds, sentence, link
       FROM unnest($4::text[], $5::float8[], $6::float8[], $7::text[], $8::text[]) AS o(id, start_seconds, end_seconds, sentence, link)`,
      [ownerId, expressionId, streamId, occurrences.map(() => randomUUID()), occurrences.map((o) => o.start), occurrences.map((o) => o.end),
        occurrences.map((o) => o.sentence), occurrences.map((o) => o.link)],
    );
  }
  return { streamId, created: true };
}
