/**
 * The entry of the word the learner clicked: reading, meaning, part of speech, the glossary's note,
 * difficulty and the other cues where it was heard, with buttons to mark it and to mine it (its card
 * made from the cue it was clicked in).
 */
import { formatTimestamp } from '../vocabulary/highlighted-sentence.tsx';
import type { ExpressionStatus, ReaderCue, ReaderEntry } from './reader-api.ts';

interface ReaderEntryPanelProps {
  entry: ReaderEntry | undefined;
  status: ExpressionStatus | undefined;
  cues: ReaderCue[];
  /** The cue the word was clicked in: the card's sentence. */
  cue: number | undefined;
  mined: string | undefined;
  busy: boolean;
  onStatus(status: ExpressionStatus): void;
  onMine(): void;
  onSeek: ((cue: number) => void) | null;
  onClose(): void;
}

const statusLabels: [ExpressionStatus, string][] = [['new', 'New'], ['learning', 'Learning'], ['known', 'Known']];
const kindNames: Record<string, string> = { slang: 'slang', stream_term: 'stream term', grammar_pattern: 'grammar pattern', cultural_reference: 'cultural reference', word: 'word' };

export function ReaderEntryPanel({ entry, status, cues, cue, mined, busy, onStatus, onMine, onSeek, onClose }: ReaderEntryPanelProps) {
  if (!entry) {
    return (
      <section className="card reader-entry" id="reader-entry" aria-label="Word">
        <p className="muted">Click a coloured word to see its entry, mark it or mine it.</p>
      </section>
    );
  }
  const others = entry.cues.filter((index) => index !== cue);
  return (
    // On a phone it is a sheet over the bottom of the screen, so the word stays in view above it.
    <section className="card reader-entry reader-entry--open" id="reader-entry" aria-labelledby="reader-entry-title" data-testid="reader-entry">
      <div className="reader-entry__head">
        <h2 id="reader-entry-title"><span lang="ja">{entry.expression}</span></h2>
        <button type="button" className="button button--small" onClick={onClose} aria-label="Close the entry">Close</button>
      </div>
      <p className="reader-entry__reading"><span lang="ja">{entry.reading}</span> <span className="muted">{entry.romaji}</span></p>
      <dl className="reader-entry__facts">
        <dt>Meaning</dt><dd>{entry.english ?? <span className="muted">none found</span>}</dd>
        <dt>Part of speech</dt><dd>{entry.partOfSpeech || kindNames[entry.kind]}</dd>
        <dt>Difficulty</dt><dd>level {entry.difficulty} of 5</dd>
        {entry.note ? <><dt>Note</dt><dd>{entry.note}</dd></> : null}
        <dt>Also heard</dt>
        <dd>
          {others.length === 0 ? <span className="muted">only here</span> : (
            <span className="reader-entry__cues">
              {others.slice(0, 12).map((index) => {
                const start = cues[index].start;
                const time = start === null ? `cue ${index + 1}` : formatTimestamp(start);
                return onSeek && start !== null
                  ? <button key={index} type="button" className="button button--small" onClick={() => onSeek(index)} aria-label={`Play from ${time}`}>{time}</button>
                  : <span key={index}>{time}</span>;
              })}
              {others.length > 12 ? <span className="muted">and {others.length - 12} more</span> : null}
            </span>
          )}
        </dd>
      </dl>
      <div className="reader-entry__status" role="group" aria-label={`Status of ${entry.expression}`}>
        {statusLabels.map(([value, label]) => (
          <button key={value} type="button" className="button button--small" aria-pressed={status === value} disabled={busy} onClick={() => onStatus(value)}>{label}</button>
        ))}
      </div>
      <p>
        <button type="button" className="button button--primary" disabled={busy || cue === undefined} onClick={onMine}>Mine this sentence <kbd>M</kbd></button>
      </p>
      {mined ? <p className="reader-entry__mined" role="status">{mined}</p> : null}
    </section>
  );
}
