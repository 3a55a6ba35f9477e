import type { VocabularyEntry } from '../store/vocabulary-entry.ts';
import { formatTimestamp } from './format-timestamp.ts';
import { jmdictCredit } from './jmdict-attribution.ts';

const columns = ['expression', 'dictionary_form', 'reading', 'romaji', 'english', 'meaning_source', 'kind', 'difficulty', 'tags', 'status',
  'count', 'sentence', 'start_seconds', 'timestamp', 'link', 'note', 'attribution'] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The list as CSV, UTF-8 with a byte-order mark so Excel reads the Japanese right. Each row's source
 * is the sentence's time (seconds, and `m:ss` as players show it) and the link opening the video there. Rows whose meaning
 * came from JMdict or EDICT say so in the attribution column, as their licence asks. A row, not a `#`
 * comment line above the header: spreadsheets read such a line as data and lose the header.
 */
export function exportCsv(entries: readonly VocabularyEntry[]): Buffer {
  const rows = entries.map((entry) => [
    entry.expression, entry.dictionaryForm, entry.reading, entry.romaji, entry.english, entry.meaningSource, entry.kind, entry.difficulty,
    entry.tags.join(' '), entry.status, entry.totalCount, entry.example?.sentence ?? null, entry.example?.start ?? null,
    entry.example?.start != null ? formatTimestamp(entry.example.start) : null, entry.example?.link ?? null,
    entry.note, entry.meaningSource === 'jmdict' ? jmdictCredit : null,
  ].map(cell).join(','));
  return Buffer.from(`\uFEFF${[columns.join(','), ...rows].join('\r\n')}\r\n`, 'utf8');
}
