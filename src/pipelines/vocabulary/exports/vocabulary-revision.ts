import type { Database } from '../../../store/database.ts';
import { withOwner } from '../../../store/with-owner.ts';

/**
 * A fingerprint of everything an export reads for one learner: streams and their recordings (a
 * recording attached later gives the cards audio), expressions (their status, meanings and counts
 * move `updated_at`) and known words. An export job carries it in its input, so
 * the `select` step's cached output is reused only while the vocabulary is unchanged.
 */
export async function vocabularyRevision(database: Database, ownerId: string): Promise<string> {
  const [row] = await withOwner(database, ownerId, (session) => session.query<Record<string, unknown>>(
    `SELECT (SELECT count(*) FROM vocabulary_streams WHERE owner_id = $1)::int AS streams,
       (SELECT max(created_at) FROM vocabulary_streams WHERE owner_id = $1) AS last_stream,
       (SELECT md5(COALESCE(string_agg(id || ':' || COALESCE(recording_asset_id, '-'), ',' ORDER BY id), '')) FROM vocabulary_streams WHERE owner_id = $1) AS recordings,
       (SELECT count(*) FROM vocabulary_expressions WHERE owner_id = $1)::int AS expressions,
       (SELECT max(updated_at) FROM vocabulary_expressions WHERE owner_id = $1) AS last_expression_change,
       (SELECT count(*) FROM vocabulary_known_words WHERE owner_id = $1)::int AS known_words`, [ownerId]));
  const stamp = (value: unknown) => (value ? new Date(value as string).toISOString() : '-');
  return [row.streams, stamp(row.last_stream), String(row.recordings).slice(0, 12), row.expressions, stamp(row.last_expression_change), row.known_words].join('/');
}
