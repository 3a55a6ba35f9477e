/**
 * The access token for servers in JWT mode, kept in this browser's localStorage and sent with
 * every request. The field shows in local mode too, with a note that none is needed, because a server that
 * refuses every request cannot say which mode it is in.
 */
import { useId, useState, type FormEvent } from 'react';
import { clearAccessToken, readAccessToken, saveAccessToken } from '../api/access-token.ts';
import { InputField } from '../components/form-field.tsx';
import type { ServerHealth } from '../api/api-types.ts';

export function AccessTokenForm({ authMode, onSaved }: { authMode: ServerHealth['auth'] | undefined; onSaved(): void }) {
  const hintId = useId();
  const [token, setToken] = useState(() => readAccessToken() ?? '');
  const [status, setStatus] = useState('');

  function save(event: FormEvent) {
    event.preventDefault();
    saveAccessToken(token);
    setStatus(token.trim() ? 'Saved. Requests from this browser now carry the token.' : 'Removed the token.');
    onSaved();
  }

  function remove() {
    clearAccessToken();
    setToken('');
    setStatus('Removed the token.');
    onSaved();
  }

  return (
    <section className="card" id="access-token" aria-labelledby="access-token-title">
      <h2 id="access-token-title">Access token</h2>
      <p id={hintId} className="muted">
        {authMode === 'local'
          ? 'This server runs in local mode and needs no token.'
          : 'Servers in JWT mode need a token with every request. Paste the one your administrator gave you; it stays in this browser.'}
      </p>
      <form className="token-form" onSubmit={save}>
        <InputField
          label="Token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          describedBy={hintId}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          actions={<>
            <button type="submit" className="button button--primary">Save</button>
            <button type="button" className="button" onClick={remove}>Remove</button>
          </>}
        />
      </form>
      <p className="status-line" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
