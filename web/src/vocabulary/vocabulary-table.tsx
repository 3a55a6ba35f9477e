/** The learner's expressions: search and filters above, one row per expression with its example sentence. */
import type { ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { InputField, SelectField } from '../components/form-field.tsx';
import { formatTimestamp, HighlightedSentence } from './highlighted-sentence.tsx';
import type { ExpressionStatus, StreamRecord, VocabularyEntry, VocabularyFilter } from './vocabulary-api.ts';

const kinds = [['', 'All kinds'], ['slang', 'Slang'], ['stream_term', 'Stream terms'], ['grammar_pattern', 'Grammar'], ['cultural_reference', 'Culture'], ['word', 'Words']];
const statuses = [['', 'New and learning'], ['new', 'New'], ['learning', 'Learning'], ['known', 'Known'], ['all', 'All']];

interface VocabularyTableProps {
  filter: VocabularyFilter;
  onFilter(filter: VocabularyFilter): void;
  entries: VocabularyEntry[] | undefined;
  total: number;
  streams: StreamRecord[];
  error: ApiError | undefined;
  onStatus(entry: VocabularyEntry, status: ExpressionStatus): void;
}

export function VocabularyTable({ filter, onFilter, entries, total, streams, error, onStatus }: VocabularyTableProps) {
  const set = (key: keyof VocabularyFilter) => (event: { currentTarget: { value: string } }) => onFilter({ ...filter, [key]: event.currentTarget.value || undefined });
  return (
    <section className="card" aria-labelledby="vocabulary-list-title">
      <h2 id="vocabulary-list-title">Your vocabulary <span className="muted">({total})</span></h2>
      <div className="vocabulary-filters form-row" role="search">
        <InputField label="Search" type="search" value={filter.q ?? ''} onChange={set('q')} placeholder="草, kusa, lol…" />
        <SelectField label="Kind" value={filter.kind ?? ''} onChange={set('kind')}>{kinds.map(([value, label]) => <option key={value} value={value}>{label}</option>)}</SelectField>
        <SelectField label="Difficulty" value={filter.difficulty ?? ''} onChange={set('difficulty')}>
          <option value="">Any</option>{[1, 2, 3, 4, 5].map((level) => <option key={level} value={level}>{level}</option>)}
        </SelectField>
        <SelectField label="Stream" value={filter.stream ?? ''} onChange={set('stream')}>
          <option value="">All streams</option>{streams.map((stream) => <option key={stream.id} value={stream.id}>{stream.title ?? stream.createdAt.slice(0, 10)}</option>)}
        </SelectField>
        <SelectField label="Status" value={filter.status ?? ''} onChange={set('status')}>{statuses.map(([value, label]) => <option key={value} value={value}>{label}</option>)}</SelectField>
        <SelectField label="Sort" value={filter.sort ?? 'frequency'} onChange={set('sort')}><option value="frequency">Most used</option><option value="first_seen">Newest</option></SelectField>
      </div>
      {error ? <ApiErrorMessage error={error} action="Could not load the vocabulary" /> : null}
      {entries && entries.length === 0 ? <p className="muted">Nothing here yet: analyse a stream, or change the filters.</p> : null}
      {entries && entries.length > 0 ? (
        <table className="vocabulary-table">
          <thead><tr><th>Expression</th><th>Meaning</th><th>Sentence</th><th>Time</th><th>Status</th></tr></thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-expression={entry.expression}>
                <td>
                  <span className="vocabulary-table__expression" lang="ja">{entry.expression}</span>
                  <span className="muted" lang="ja"> {entry.reading}</span> <span className="muted">{entry.romaji}</span>
                  <div className="vocabulary-table__tags"><span className="tag">{entry.kind.replace('_', ' ')}</span><span className="tag">level {entry.difficulty}</span><span className="tag">×{entry.totalCount}</span></div>
                </td>
                <td data-label="Meaning">{entry.english ?? <span className="muted">—</span>}</td>
                <td data-label="Sentence">{entry.example ? <HighlightedSentence sentence={entry.example.sentence} expression={entry.expression} /> : null}</td>
                <td data-label="Time">{entry.example?.start != null ? (entry.example.link
                  ? <a href={entry.example.link} target="_blank" rel="noreferrer" aria-label={`Open the video at ${formatTimestamp(entry.example.start)}`}>{formatTimestamp(entry.example.start)}</a>
                  : formatTimestamp(entry.example.start)) : null}</td>
                <td>
                  <div className="vocabulary-table__status" role="group" aria-label={`Status of ${entry.expression}`}>
                    {(['learning', 'known'] as const).map((status) => (
                      <button key={status} type="button" className="button button--small" aria-pressed={entry.status === status}
                        onClick={() => onStatus(entry, entry.status === status ? 'new' : status)}>{status === 'known' ? 'Known' : 'Learning'}</button>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
