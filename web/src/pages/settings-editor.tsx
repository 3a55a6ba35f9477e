/**
 * The backends and fallback lists, editable by administrators (local mode, or a token with the
 * kiln_admin claim). Others see the read-only lists above it and a line saying why they cannot edit.
 */
import { useState } from 'react';
import type { BackendHealth, EditableConfig } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { useApiData } from '../components/use-api-data.ts';
import { BackendSettingsForm } from './backend-settings-form.tsx';

export function SettingsEditor({ capabilities, backends, onSaved }: { capabilities: Record<string, string[]>; backends: readonly BackendHealth[]; onSaved(): void }) {
  const loaded = useApiData((signal) => kilnApi.settingsConfig(signal));
  // A save answers the file as written; the form starts again from it (its key changes).
  const [saved, setSaved] = useState<{ config: EditableConfig; generation: number }>();
  const config = saved?.config ?? loaded.data;

  if (loaded.error?.status === 403) {
    return <p className="muted">Only an administrator can change the backends (a token with the <code>kiln_admin</code> claim).</p>;
  }
  if (loaded.error) return <ApiErrorMessage error={loaded.error} action="Could not read the configuration" />;
  if (!config) return <p className="muted">Reading the configuration…</p>;
  return (
    <>
      {saved ? <p className="status-line" role="status">Saved to {saved.config.file}; the new backends are in force.</p> : null}
      <BackendSettingsForm
        key={saved?.generation ?? 0}
        config={config}
        capabilities={capabilities}
        backends={backends}
        onSaved={(next) => {
          setSaved({ config: next, generation: (saved?.generation ?? 0) + 1 });
          onSaved();
        }}
      />
    </>
  );
}
