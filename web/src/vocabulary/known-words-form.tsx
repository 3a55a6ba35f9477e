/** Import words the learner already knows (one a line): they become known and stay out of the list. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { vocabularyApi } from './vocabulary-api.ts';

export function KnownWordsForm({ onImported }: { onImported(message: string): void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await vocabularyApi.importKnown(text);
      setText('');
      onImported(`${result.words} words imported; ${result.markedKnown} expressions in your list are now known.`);
    } catch (reason) {
      setError(reason instanceof ApiError ? reason : new ApiError('internal', String(reason), 0));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="card disclosure">
      <summary>Words you already know</summary>
      <form onSubmit={submit} aria-label="Import known words">
        <label>One word a line (a CSV or an Anki text export works too)
          <textarea value={text} onChange={(event) => setText(event.currentTarget.value)} rows={5} lang="ja" required />
        </label>
        {error ? <ApiErrorMessage error={error} action="The words were not imported" /> : null}
        <button type="submit" className="button" disabled={busy}>Mark as known</button>
      </form>
    </details>
  );
}
