/** One backend in the settings editor: its name, type, address and key variable, and a connection test. */
import { useId, useState } from 'react';
import { ApiError } from '../api/api-error.ts';
import type { BackendHealth } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { InputField, SelectField, TextAreaField } from '../components/form-field.tsx';
import { backendTypeWords } from '../../../src/providers/describe-model.ts';
import { addressField, toEntry, type BackendDraft } from './backend-draft.ts';

interface BackendEntryFormProps {
  draft: BackendDraft;
  backendTypes: string[];
  onChange(draft: BackendDraft): void;
  onRemove(): void;
  /** Hears each test's outcome, so Save can ask before keeping a backend that just failed. */
  onTested?(outcome: { ok: boolean; reason: string }): void;
}

/** "Ollama (ollama)": the name people know, with the type the config file holds; built-in says it is not AI. */
function typeLabel(type: string): string {
  if (type === 'builtin') return 'Built-in: procedural and rule-based, not AI (builtin)';
  return backendTypeWords[type] ? `${backendTypeWords[type].replace(/^an /, '')} (${type})` : type;
}

export function BackendEntryForm({ draft, backendTypes, onChange, onRemove, onTested }: BackendEntryFormProps) {
  const id = useId();
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<{ text: string; ok: boolean }>();
  const field = addressField(draft.type);
  const set = (changes: Partial<BackendDraft>) => onChange({ ...draft, ...changes });
  const types = backendTypes.includes(draft.type) ? backendTypes : [...backendTypes, draft.type];

  async function test() {
    setTesting(true);
    setResult(undefined);
    try {
      const health: BackendHealth = await kilnApi.testBackend(draft.name, toEntry(draft));
      setResult(health.state === 'ready'
        ? { ok: true, text: `Ready (${health.device === 'remote' ? 'remote service' : health.device}).` }
        : { ok: false, text: `Unavailable: ${health.reason ?? 'no reason given'}` });
      onTested?.({ ok: health.state === 'ready', reason: health.reason ?? 'no reason given' });
    } catch (error) {
      const reason = error instanceof ApiError || error instanceof Error ? error.message : String(error);
      setResult({ ok: false, text: reason });
      onTested?.({ ok: false, reason });
    } finally {
      setTesting(false);
    }
  }

  return (
    <fieldset className="card backend-form" data-backend-form={draft.name}>
      <legend>{draft.name || 'New backend'}</legend>
      <div className="backend-form__fields">
        <InputField label="Name" id={`${id}-name`} type="text" value={draft.name} spellCheck={false} onChange={(event) => set({ name: event.target.value })} />
        <SelectField label="Type" id={`${id}-type`} value={draft.type} onChange={(event) => set({ type: event.target.value })}>
          {types.map((type) => <option key={type} value={type}>{typeLabel(type)}</option>)}
        </SelectField>
        {field ? (
          <>
            <InputField label="Address" id={`${id}-address`} type="url" placeholder="http://127.0.0.1:11434" value={draft.address} spellCheck={false}
              onChange={(event) => set({ address: event.target.value })} />
            <InputField label="API key variable" id={`${id}-key`} type="text" placeholder="e.g. KILN_BACKEND_OPENAI_KEY (the variable's name, never the key)" value={draft.apiKeyEnv} spellCheck={false}
              onChange={(event) => set({ apiKeyEnv: event.target.value })} />
          </>
        ) : null}
        <TextAreaField label="Other settings (JSON)" id={`${id}-other`} className="form-field--code" rows={draft.otherSettings ? 4 : 2} spellCheck={false} placeholder='{ "keepAlive": "5m" }'
          value={draft.otherSettings} onChange={(event) => set({ otherSettings: event.target.value })} />
      </div>
      <div className="backend-form__actions">
        <button type="button" className="button" onClick={test} disabled={testing || !draft.name} title={draft.name ? undefined : 'Give the backend a name first'}>
          {testing ? 'Testing…' : 'Test connection'}
        </button>
        {draft.name ? null : <span className="muted">Give the backend a name to test it.</span>}
        <button type="button" className="button button--danger" onClick={onRemove}>Remove</button>
      </div>
      <p className={`status-line${result && !result.ok ? ' status-line--error' : ''}`} aria-live="polite" data-testid="backend-test-result">
        {result?.text}
      </p>
    </fieldset>
  );
}
