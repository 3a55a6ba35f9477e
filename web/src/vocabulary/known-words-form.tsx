/** Import words the learner already knows (one a line): they become known and stay out of the list. */
import { useState, type FormEvent } from 'react';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { TextAreaField } from '../components/form-field.tsx';
import { useSubmit } from '../components/use-submit.ts';
import { vocabularyApi } from './vocabulary-api.ts';

export function KnownWordsForm({ onImported }: { onImported(message: string): void }) {
  const [text, setText] = useState('');
  const send = useSubmit(async () => {
    const result = await vocabularyApi.importKnown(text);
    setText('');
    onImported(`${result.words} words imported; ${result.markedKnown} expressions in your list are now known.`);
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void send.run();
  }

  return (
    <details className="card disclosure">
      <summary>Words you already know</summary>
      <form onSubmit={submit} aria-label="Import known words" className="form-grid">
        <TextAreaField label="One word a line (a CSV or an Anki text export works too)" value={text} onChange={(event) => setText(event.currentTarget.value)} rows={5} lang="ja" required />
        {send.error ? <ApiErrorMessage error={send.error} action="The words were not imported" /> : null}
        <button type="submit" className="button" disabled={send.busy}>{send.busy ? 'Marking…' : 'Mark as known'}</button>
      </form>
    </details>
  );
}
