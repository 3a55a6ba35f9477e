/**
 * What this server is and can do: its backends and their health, the fallback order per
 * capability, the database and auth mode; an editor for the backends (administrators); the access
 * token for JWT servers; and a system check that runs a small job end to end.
 */
import type { BackendHealth, ServerHealth } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { describeModel } from '../../../src/providers/describe-model.ts';
import { useApiData } from '../components/use-api-data.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { AccessTokenForm } from './access-token-form.tsx';
import { BackendList } from './backend-list.tsx';
import { describeEntryState, fallbackEntryStates } from './fallback-entry-states.ts';
import { SettingsEditor } from './settings-editor.tsx';
import { SystemCheckButton } from './system-check-button.tsx';

const databaseWords: Record<NonNullable<ServerHealth['database']>, string> = {
  pglite: 'Embedded (PGlite), for a single machine',
  postgres: 'PostgreSQL, shared by several workers',
};

const authWords: Record<ServerHealth['auth'], string> = {
  local: 'Local: one user, no sign-in needed',
  jwt: 'Tokens (JWT): every request needs an access token',
};

export function SettingsPage() {
  usePageTitle('Settings');
  const health = useApiData((signal) => kilnApi.health(signal));

  return (
    <>
      <header className="page-header page-header--with-action">
        <div>
          <h1>Settings</h1>
          <p className="page-header__lead">This server’s backends, their health, and how you connect to it.</p>
        </div>
        <button type="button" className="button" onClick={health.reload}>
          Check again
        </button>
      </header>

      <p className="visually-hidden" aria-live="polite">
        {health.data ? `Server status: ${health.data.status}.` : health.loading ? 'Checking the server…' : ''}
      </p>
      {health.error ? <ApiErrorMessage error={health.error} action="Could not check the server" /> : null}

      <section className="card" aria-labelledby="system-check">
        <h2 id="system-check">System check</h2>
        <p>
          Runs a short diagnostic job through the queue and a worker, so you can watch a job go from start to
          finish and see that this server works end to end.
        </p>
        <SystemCheckButton />
      </section>

      {health.data?.database && health.data.backends && health.data.capabilities ? (
        <>
          <section className="card" aria-labelledby="server-facts">
            <h2 id="server-facts">Server</h2>
            <dl className="facts">
              <div>
                <dt>Status</dt>
                <dd>{health.data.status}</dd>
              </div>
              <div>
                <dt>Version</dt>
                <dd>{health.data.version}</dd>
              </div>
              <div>
                <dt>Database</dt>
                <dd>{databaseWords[health.data.database] ?? health.data.database}</dd>
              </div>
              <div>
                <dt>Sign-in</dt>
                <dd>{authWords[health.data.auth] ?? health.data.auth}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="backends">
            <h2 id="backends">Backends</h2>
            <BackendList backends={health.data.backends} />
          </section>

          <section className="card" aria-labelledby="capabilities">
            <h2 id="capabilities">Capabilities</h2>
            <p className="muted">For each kind of work, the models Kiln tries in order; it moves to the next when one is unavailable.</p>
            <CapabilityTable capabilities={health.data.capabilities} backends={health.data.backends} />
          </section>

          <section aria-labelledby="edit-backends">
            <h2 id="edit-backends">Change backends</h2>
            <SettingsEditor capabilities={health.data.capabilities} backends={health.data.backends} onSaved={health.reload} />
          </section>
        </>
      ) : null}

      {/* Local mode needs no token; while the mode is unknown (a refused request) the box stays, as the way in. */}
      {health.data?.auth === 'local' ? null : <AccessTokenForm authMode={health.data?.auth} onSaved={health.reload} />}
    </>
  );
}

function CapabilityTable({ capabilities, backends }: { capabilities: Record<string, string[]>; backends: readonly BackendHealth[] }) {
  const entries = Object.entries(capabilities);
  const backendTypes = Object.fromEntries(backends.map((backend) => [backend.name, backend.type]));
  if (entries.length === 0) return <p>No capabilities are configured.</p>;
  return (
    <div className="table-frame">
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">Capability</th>
            <th scope="col">Tried in this order</th>
          </tr>
        </thead>
        <tbody>
          {entries.map(([capability, models]) => (
            <tr key={capability}>
              <th scope="row">{capability}</th>
              <td>
                {models.length > 0 ? (
                  <ol className="inline-list">
                    {fallbackEntryStates(models, backends).map((state, index) => (
                      <li key={models[index]} data-entry-state={state.state}>
                        <code>{models[index]}</code> <span className="muted">({describeModel(models[index], backendTypes)}; {describeEntryState(state)})</span>
                      </li>
                    ))}
                  </ol>
                ) : (
                  <span className="muted">none</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
