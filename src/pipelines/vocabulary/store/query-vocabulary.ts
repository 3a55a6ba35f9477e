import { toHiragana } from 'wanakana';
import type { SqlSession } from '../../../store/database.ts';
import { vocabularyFilterSchema, type VocabularyEntry, type VocabularyFilter } from './vocabulary-entry.ts';

interface EntryRow {
  id: string; expression: string; dictionary_form: string; reading: string; romaji: string; english: string | null;
  meaning_source: VocabularyEntry['meaningSource']; kind: VocabularyEntry['kind']; difficulty: number; tags: string[]; note: string | null;
  status: VocabularyEntry['status']; first_seen_at: Date | string; total_count: number;
  sentence: string | null; start_seconds: number | null; end_seconds: number | null; link: string | null; stream_id: string | null;
  i_plus_one: boolean | null; total: number;
}

/** `%text%` for ILIKE, with the pattern characters of the text itself escaped. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;

/**
 * One page of the learner's expressions with the filters of the list. The example sentence is the
 * one the learner mined it from in the reader, else the first i+1 occurrence (no other unknown
 * expression in the same sentence), else the first one.
 */
/** `onlyId` narrows the page to one expression (the mine route answers the card it made). */
export async function queryVocabulary(session: SqlSession, ownerId: string, filter: VocabularyFilter, onlyId?: string): Promise<{ entries: VocabularyEntry[]; total: number }> {
  const options = vocabularyFilterSchema.parse(filter);
  const statuses = options.status === 'all' ? ['new', 'learning', 'known'] : options.status ? [options.status] : ['new', 'learning'];
  const query = options.q?.trim() || null;
  // Ties (the same count, the same stream) fall back to where the expression was first heard, then its form.
  const firstHeard = '(SELECT min(start_seconds) FROM vocabulary_occurrences first WHERE first.expression_id = e.id) ASC NULLS LAST';
  const order = options.sort === 'first_seen'
    ? `e.first_seen_at DESC, ${firstHeard}, e.dictionary_form, e.id`
    : `e.total_count DESC, e.first_seen_at ASC, ${firstHeard}, e.dictionary_form, e.id`;
  const rows = await session.query<EntryRow>(
    `SELECT e.id, e.expression, e.dictionary_form, e.reading, e.romaji, e.english, e.meaning_source, e.kind, e.difficulty, e.tags, e.note,
       e.status, e.first_seen_at, e.total_count, ex.sentence, ex.start_seconds, ex.end_seconds, ex.link, ex.stream_id, ex.i_plus_one,
       count(*) OVER ()::int AS total
     FROM vocabulary_expressions e
     LEFT JOIN LATERAL (
       SELECT o.sentence, o.start_seconds, o.end_seconds, o.link, o.stream_id,
         NOT EXISTS (
           SELECT 1 FROM vocabulary_occurrences other JOIN vocabulary_expressions other_expression ON other_expression.id = other.expression_id
           WHERE other.stream_id = o.stream_id AND other.sentence = o.sentence AND other.expression_id <> o.expression_id
             AND other_expression.status <> 'known'
         ) AS i_plus_one
       FROM vocabulary_occurrences o
       WHERE o.expression_id = e.id AND ($6::text IS NULL OR o.stream_id = $6)
       ORDER BY COALESCE(o.id = e.mined_occurrence_id, false) DESC, i_plus_one DESC, o.start_seconds ASC NULLS LAST, o.id
       LIMIT 1
     ) ex ON true
     WHERE e.owner_id = $1 AND e.status = ANY($2::text[])
       AND ($3::text IS NULL OR e.expression ILIKE $3 OR e.dictionary_form ILIKE $3 OR e.reading ILIKE $3 OR e.reading ILIKE $9
            OR e.romaji ILIKE $3 OR e.english ILIKE $3)
       AND ($4::text IS NULL OR e.kind = $4)
       AND ($5::int IS NULL OR e.difficulty = $5)
       AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM vocabulary_stream_expressions se WHERE se.expression_id = e.id AND se.stream_id = $6))
       AND ($10::boolean IS NULL OR (e.mined_at IS NOT NULL) = $10)
       AND ($11::text IS NULL OR e.id = $11)
     ORDER BY ${order}
     LIMIT $7 OFFSET $8`,
    [ownerId, statuses, query && containing(query), options.kind ?? null, options.difficulty ?? null, options.stream ?? null,
      options.pageSize, (options.page - 1) * options.pageSize, query && containing(toHiragana(query, { passRomaji: true })),
      options.mined === undefined ? null : options.mined === 'true', onlyId ?? null],
  );
  return { entries: rows.map(toEntry), total: rows[0]?.total ?? 0 };
}

function toEntry(row: EntryRow): VocabularyEntry {
  return {
    id: row.id, expression: row.expression, dictionaryForm: row.dictionary_form, reading: row.reading, romaji: row.romaji, english: row.english,
    meaningSource: row.meaning_source, kind: row.kind, difficulty: row.difficulty, tags: row.tags, note: row.note, status: row.status,
    firstSeenAt: new Date(row.first_seen_at).toISOString(), totalCount: row.total_count,
    example: row.sentence === null ? null : {
      sentence: row.sentence, start: row.start_seconds, end: row.end_seconds, link: row.link, streamId: row.stream_id!, iPlusOne: row.i_plus_one === true,
    },
  };
}
