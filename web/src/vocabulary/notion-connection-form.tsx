/**
 * Connects the user's own Notion, so "Send to Notion" needs no config key or environment variable:
 * an integration's secret and the database its words go to. Once saved the secret is never shown
 * again, only "Connected", with Replace and Remove.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { InputField } from '../components/form-field.tsx';
import { useSubmit } from '../components/use-submit.ts';
import { vocabularyApi, type NotionConnectionStatus } from './vocabulary-api.ts';

export function NotionConnectionForm({ connection, onChange }: { connection?: NotionConnectionStatus; onChange(connection: NotionConnectionStatus, message: string): void }) {
  const [replacing, setReplacing] = useState(false);
  const [token, setToken] = useState('');
  const [databaseId, setDatabaseId] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const [saved, setSaved] = useState(false);
  const save = useSubmit(async () => {
    const connected = await vocabularyApi.connectNotion(token, databaseId);
    setToken('');
    setDatabaseId('');
    setReplacing(false);
    setSaved(true);
    onChange(connected, 'Notion is connected: “Send to Notion” writes to your database.');
  });
  const remove = useSubmit(async () => {
    await vocabularyApi.disconnectNotion();
    onChange({ connected: false }, 'Notion is disconnected; its secret is forgotten.');
  });
  // After saving, the form is gone: the focus goes to the line that says so rather than to the page.
  useEffect(() => {
    if (saved && connection?.connected) status.current?.focus();
  }, [saved, connection?.connected]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void save.run();
  }

  if (!connection) return null;
  const showForm = !connection.connected || replacing;
  return (
    <div className="notion-connection">
      <h3>Your Notion</h3>
      {connection.connected ? (
        <p ref={status} tabIndex={-1} data-testid="notion-connected">
          Connected: your words go to the Notion database …{connection.databaseId?.slice(-6)}.
        </p>
      ) : (
        <p>Connect an integration of yours (make one at <a href="https://www.notion.so/my-integrations" target="_blank" rel="noreferrer">notion.so/my-integrations</a>),
          then share a database with it (⋯ → Connections), and your words go there.</p>
      )}
      {showForm ? (
        <form onSubmit={submit} aria-label={connection.connected ? 'Replace the Notion connection' : 'Connect Notion'} className="form-grid">
          <InputField label="Integration secret" type="password" autoComplete="off" spellCheck={false} required value={token}
            onChange={(event) => setToken(event.currentTarget.value)} hint="Starts with ntn_ or secret_; kept on this server and never shown again." />
          <InputField label="Database" required value={databaseId} onChange={(event) => setDatabaseId(event.currentTarget.value)}
            hint="Its address from “Copy link”, or its id." />
          {save.error ? <ApiErrorMessage error={save.error} action="Notion was not connected" /> : null}
          <div className="notion-connection__actions">
            <button type="submit" className="button button--primary" disabled={save.busy}>{save.busy ? 'Connecting…' : 'Connect Notion'}</button>
            {replacing ? <button type="button" className="button" onClick={() => setReplacing(false)}>Keep the current one</button> : null}
          </div>
        </form>
      ) : (
        <div className="notion-connection__actions">
          <button type="button" className="button" onClick={() => setReplacing(true)}>Replace</button>
          <button type="button" className="button button--danger" disabled={remove.busy} onClick={() => void remove.run()}>Remove</button>
        </div>
      )}
      {remove.error ? <ApiErrorMessage error={remove.error} action="Notion was not disconnected" /> : null}
    </div>
  );
}
