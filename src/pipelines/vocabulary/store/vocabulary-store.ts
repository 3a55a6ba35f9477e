import { BadInputError, NotFoundError } from '../../../engine/errors/index.ts';
import type { Database } from '../../../store/database.ts';
import { withOwner } from '../../../store/with-owner.ts';
import type { ExpressionStatus } from '../vocabulary-contracts.ts';
import { queryVocabulary } from './query-vocabulary.ts';
import { saveStreamAnalysis, type StreamToSave } from './save-stream-analysis.ts';
import type { VocabularyEntry, VocabularyFilter } from './vocabulary-entry.ts';

/** A stream with its comprehension score, as the list and the stream page show it. */
export interface StreamRecord {
  id: string; jobId: string | null; origin: string; sourceUrl: string | null; platform: string | null; videoId: string | null;
  title: string | null; channel: string | null; date: string | null; format: string; cueCount: number; tokenCount: number;
  japaneseShare: number; warnings: string[]; itemCount: number;
  /** The recording the stream was transcribed from (for clips); null for subtitles. */
  recordingAssetId: string | null;
  /** Share of the stream's running words the learner knows (null for a stream without words). */
  comprehension: number | null;
  createdAt: string;
}

interface StreamRow {
  id: string; job_id: string | null; origin: string; source_url: string | null; platform: string | null; video_id: string | null; title: string | null;
  channel: string | null; stream_date: string | null; format: string; cue_count: number; token_count: number; japanese_share: number;
  warnings: string[]; item_count: number; unknown_count: number; created_at: Date | string; recording_asset_id: string | null;
}

// Running words that were not extracted as items are everyday words (particles, basic verbs); they count as known.
const streamSelect = `SELECT s.*, count(se.expression_id)::int AS item_count,
    COALESCE(sum(se.count) FILTER (WHERE e.status <> 'known'), 0)::int AS unknown_count
  FROM vocabulary_streams s
  LEFT JOIN vocabulary_stream_expressions se ON se.stream_id = s.id
  LEFT JOIN vocabulary_expressions e ON e.id = se.expression_id`;

function toStream(row: StreamRow): StreamRecord {
  const comprehension = row.token_count > 0 ? Math.max(0, (row.token_count - row.unknown_count) / row.token_count) : null;
  return {
    id: row.id, jobId: row.job_id, origin: row.origin, sourceUrl: row.source_url, platform: row.platform, videoId: row.video_id, title: row.title,
    channel: row.channel, date: row.stream_date, format: row.format, cueCount: row.cue_count, tokenCount: row.token_count,
    japaneseShare: row.japanese_share, warnings: row.warnings, itemCount: row.item_count, recordingAssetId: row.recording_asset_id,
    comprehension: comprehension === null ? null : Math.round(comprehension * 1000) / 1000, createdAt: new Date(row.created_at).toISOString(),
  };
}

/** A learner's vocabulary: streams, the expressions found in them, known words and sync records. */
export function createVocabularyStore(database: Database) {
  const as = <T>(ownerId: string, work: Parameters<typeof withOwner<T>>[2]) => withOwner(database, ownerId, work);
  return {
    /** Writes one analysed stream, once per job (see saveStreamAnalysis). */
    saveStream: (ownerId: string, stream: StreamToSave) => as(ownerId, (session) => saveStreamAnalysis(session, ownerId, stream)),
    listStreams: async (ownerId: string, limit = 100): Promise<StreamRecord[]> => (await as(ownerId, (session) => session.query<StreamRow>(
      `${streamSelect} WHERE s.owner_id = $1 GROUP BY s.id ORDER BY s.created_at DESC, s.id DESC LIMIT $2`, [ownerId, limit]))).map(toStream),
    async getStream(ownerId: string, id: string): Promise<StreamRecord> {
      const rows = await as(ownerId, (session) => session.query<StreamRow>(`${streamSelect} WHERE s.owner_id = $1 AND s.id = $2 GROUP BY s.id`, [ownerId, id]));
      if (rows.length === 0) throw new NotFoundError(`The stream ${id}`);
      return toStream(rows[0]);
    },
    /** The transcript a stream was analysed from, as uploaded, with its format; null for a stream transcribed from its recording. */
    async transcriptOf(ownerId: string, streamId: string): Promise<{ assetId: string; format: string } | null> {
      const rows = await as(ownerId, (session) => session.query<{ transcript_asset_id: string | null; format: string }>(
        'SELECT transcript_asset_id, format FROM vocabulary_streams WHERE id = $1 AND owner_id = $2', [streamId, ownerId]));
      if (rows.length === 0) throw new NotFoundError(`The stream ${streamId}`);
      return rows[0].transcript_asset_id ? { assetId: rows[0].transcript_asset_id, format: rows[0].format } : null;
    },
    /** The latest time any of the stream's sentences ends (or starts), in seconds; null when none has times. */
    lastSentenceEnd: async (ownerId: string, streamId: string): Promise<number | null> => (await as(ownerId, (session) => session.query<{ last: number | null }>(
      'SELECT max(COALESCE(end_seconds, start_seconds)) AS last FROM vocabulary_occurrences WHERE owner_id = $1 AND stream_id = $2', [ownerId, streamId])))[0]?.last ?? null,
    /** Gives a stream analysed from subtitles its recording (or replaces it), so its cards get the sentences' audio and pictures. */
    async attachRecording(ownerId: string, streamId: string, recordingAssetId: string): Promise<void> {
      const rows = await as(ownerId, (session) => session.query(
        'UPDATE vocabulary_streams SET recording_asset_id = $3 WHERE id = $1 AND owner_id = $2 RETURNING id', [streamId, ownerId, recordingAssetId]));
      if (rows.length === 0) throw new NotFoundError(`The stream ${streamId}`);
    },
    query: (ownerId: string, filter: VocabularyFilter) => as(ownerId, (session) => queryVocabulary(session, ownerId, filter)),
    /** One expression as the list shows it, its example the sentence it was mined from; any status. */
    async entry(ownerId: string, id: string): Promise<VocabularyEntry> {
      const { entries } = await as(ownerId, (session) => queryVocabulary(session, ownerId, { status: 'all', pageSize: 1 }, id));
      if (entries.length === 0) throw new NotFoundError(`The expression ${id}`);
      return entries[0];
    },
    /**
     * Mines an expression from the reader: its card will show the cue heard at `start` in the stream
     * (its sentence, audio and picture), it joins the mined cards, and it is marked learning.
     */
    async mine(ownerId: string, id: string, streamId: string, start: number | null): Promise<void> {
      await as(ownerId, async (session) => {
        const [occurrence] = await session.query<{ id: string }>(
          `SELECT id FROM vocabulary_occurrences WHERE owner_id = $1 AND expression_id = $2 AND stream_id = $3
             AND (start_seconds = $4::float8 OR (start_seconds IS NULL AND $4::float8 IS NULL)) ORDER BY id LIMIT 1`, [ownerId, id, streamId, start]);
        const rows = await session.query(
          `UPDATE vocabulary_expressions SET mined_occurrence_id = $3, mined_at = now(), status = 'learning', updated_at = now()
           WHERE id = $1 AND owner_id = $2 RETURNING id`, [id, ownerId, occurrence?.id ?? null]);
        if (rows.length === 0) throw new NotFoundError(`The expression ${id}`);
        if (!occurrence) throw new BadInputError(`The expression ${id} was not heard in stream ${streamId} at ${start ?? 'an untimed cue'}; mine it from a cue it is in.`);
      });
    },
    /** The expressions of a stream the learner mined (from any stream), by id. */
    minedIn: async (ownerId: string, streamId: string): Promise<Set<string>> => new Set((await as(ownerId, (session) => session.query<{ id: string }>(
      `SELECT e.id FROM vocabulary_expressions e JOIN vocabulary_stream_expressions se ON se.expression_id = e.id
       WHERE se.stream_id = $1 AND e.owner_id = $2 AND e.mined_at IS NOT NULL`, [streamId, ownerId]))).map((row) => row.id)),
    async setStatus(ownerId: string, id: string, status: ExpressionStatus): Promise<void> {
      const rows = await as(ownerId, (session) => session.query(
        'UPDATE vocabulary_expressions SET status = $3, updated_at = now() WHERE id = $1 AND owner_id = $2 RETURNING id', [id, ownerId, status]));
      if (rows.length === 0) throw new NotFoundError(`The expression ${id}`);
    },
    /** Remembers the words and marks the expressions already found with them known. */
    importKnownWords: (ownerId: string, words: string[], source: string) => as(ownerId, async (session) => {
      const added = await session.query(
        `INSERT INTO vocabulary_known_words (owner_id, word, source) SELECT $1, word, $3 FROM unnest($2::text[]) AS w(word)
         ON CONFLICT (owner_id, word) DO NOTHING RETURNING word`, [ownerId, words, source]);
      const marked = await session.query(
        `UPDATE vocabulary_expressions SET status = 'known', updated_at = now()
         WHERE owner_id = $1 AND status <> 'known' AND (dictionary_form = ANY($2::text[]) OR expression = ANY($2::text[])) RETURNING id`,
        [ownerId, words]);
      return { words: words.length, added: added.length, markedKnown: marked.length };
    }),
    /** Remote ids already synced to a target, by expression id. */
    syncedIds: async (ownerId: string, target: 'notion' | 'anki'): Promise<Map<string, string>> => new Map((await as(ownerId, (session) =>
      session.query<{ expression_id: string; remote_id: string }>(
        'SELECT expression_id, remote_id FROM vocabulary_sync_records WHERE owner_id = $1 AND target = $2', [ownerId, target])))
      .map((row) => [row.expression_id, row.remote_id])),
    recordSynced: (ownerId: string, target: 'notion' | 'anki', expressionId: string, remoteId: string) => as(ownerId, (session) => session.query(
      `INSERT INTO vocabulary_sync_records (expression_id, target, owner_id, remote_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (expression_id, target) DO UPDATE SET remote_id = EXCLUDED.remote_id, synced_at = now()`, [expressionId, target, ownerId, remoteId])),
  };
}

export type VocabularyStore = ReturnType<typeof createVocabularyStore>;
