import type { Database } from '../../../store/database.ts';
import type { StreamAnalysis, VocabularyItem } from '../vocabulary-contracts.ts';

/** One hand-made item; the tests of the store and the exports change only what they look at. */
export function sampleItem(fields: Partial<VocabularyItem> & Pick<VocabularyItem, 'expression'>): VocabularyItem {
  return {
    dictionaryForm: fields.expression, reading: fields.expression, romaji: '', english: null, meaningSource: 'none', kind: 'word',
    difficulty: 2, tags: [], note: null, count: fields.occurrences?.length ?? 1,
    occurrences: [{ sentence: `${fields.expression}だね`, start: 10, end: 12, link: null }],
    ...fields,
  };
}

/**
 * A small analysed stream as the analyser would give it: slang, a stream term and a grammar pattern,
 * with sentences in which more than one item is unknown, so the i+1 choice has work to do.
 */
export function sampleAnalysis(): StreamAnalysis {
  const link = (seconds: number) => `https://www.youtube.com/watch?v=abc123XYZ_0&t=${seconds}s`;
  const first = 'やばい、この草すぎる';
  const second = 'これはやばいね';
  const third = '草生える、ボスつよすぎ';
  return {
    items: [
      sampleItem({
        expression: 'やばい', reading: 'やばい', romaji: 'yabai', english: 'crazy; awesome; dangerous', meaningSource: 'glossary', kind: 'slang',
        difficulty: 2, tags: ['slang'], count: 2,
        occurrences: [{ sentence: first, start: 5, end: 7, link: link(5) }, { sentence: second, start: 61, end: 63, link: link(61) }],
      }),
      sampleItem({
        expression: '草', dictionaryForm: '草', reading: 'くさ', romaji: 'kusa', english: 'lol (literally "grass")', meaningSource: 'glossary',
        kind: 'stream_term', difficulty: 3, tags: ['internet'], count: 2,
        occurrences: [{ sentence: first, start: 5, end: 7, link: link(5) }, { sentence: third, start: 120, end: 122, link: link(120) }],
      }),
      sampleItem({
        expression: 'つよすぎ', dictionaryForm: '強すぎる', reading: 'つよすぎる', romaji: 'tsuyosugiru', english: 'too strong', meaningSource: 'jmdict',
        kind: 'grammar_pattern', difficulty: 4, tags: ['すぎる'], count: 1,
        occurrences: [{ sentence: third, start: 120, end: 122, link: link(120) }],
      }),
    ],
    sentences: [{ text: first, start: 5, end: 7 }, { text: second, start: 61, end: 63 }, { text: third, start: 120, end: 122 }],
    tokenCount: 20,
    japaneseShare: 0.98,
    warnings: [],
  };
}

/** A job row for the save to point at (vocabulary_streams.job_id references jobs). */
export async function insertJob(database: Database, ownerId: string, jobId: string): Promise<void> {
  await database.query(`INSERT INTO jobs (id, owner_id, pipeline, state, input) VALUES ($1, $2, 'vocabulary', 'running', '{}')`, [jobId, ownerId]);
}
