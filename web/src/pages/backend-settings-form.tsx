/** The editable backends and fallback lists, saved together to the config file and in force at once. */
import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.ts';
import type { BackendEntry, BackendHealth, DiscoveredModel, DiscoveredServer, EditableConfig } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { toDraft, toEntry, type BackendDraft } from './backend-draft.ts';
import { BackendEntryForm } from './backend-entry-form.tsx';
import { DetectedServers } from './detected-servers.tsx';
import { describeModel } from '../../../src/providers/describe-model.ts';
import { FallbackListEditor } from './fallback-list-editor.tsx';

interface BackendSettingsFormProps {
  config: EditableConfig;
  /** The lists in force now (file, environment and defaults merged); the start for lists the file leaves out. */
  capabilities: Record<string, string[]>;
  /** The saved backends' health, for the lists' "serves now". */
  backends: readonly BackendHealth[];
  onSaved(config: EditableConfig): void;
}

/** Each capability's built-in model, offered last in the pick lists as the safety net. */
const builtinModelFor: Record<string, string> = { text: 'storyteller', image: 'illustrator', restyle: 'filters', speech: 'narrator', moderation: 'rules' };

/** True when the draft is the found server's backend: same type, same address. */
function sameServer(draft: BackendDraft, server: DiscoveredServer): boolean {
  const entry = server.backend;
  return !!entry && draft.type === entry.type && draft.address.replace(/\/+$/, '') === String(entry.baseURL ?? '').replace(/\/+$/, '');
}

/** The entry as tested, to know whether a failed test still speaks for it. */
function testedForm(draft: BackendDraft): string {
  return JSON.stringify([draft.name, draft.type, draft.address, draft.apiKeyEnv, draft.otherSettings]);
}

export function BackendSettingsForm({ config, capabilities, backends, onSaved }: BackendSettingsFormProps) {
  const [drafts, setDrafts] = useState(() => Object.entries(config.backends).map(([name, entry]) => toDraft(name, entry)));
  const [lists, setLists] = useState(() => Object.fromEntries(Object.keys(capabilities).map((capability) => [capability, config.capabilities[capability] ?? capabilities[capability]])));
  // Lists the file leaves out keep following the defaults unless they are edited here.
  const [edited, setEdited] = useState<string[]>(() => Object.keys(config.capabilities));
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ text: string; ok: boolean }>();
  // The last failed test of each backend (by draft key), with the entry as it was tested.
  const [failedTests, setFailedTests] = useState<Record<string, { reason: string; tested: string }>>({});
  const [confirming, setConfirming] = useState<string[]>();

  const suggestions = [...new Set(['builtin', ...drafts.map((draft) => draft.name)])].filter(Boolean).map((name) => `${name}:`);
  // What discovery found, so each list can offer the models of backends in the form to pick from.
  const [found, setFound] = useState<DiscoveredServer[]>([]);

  /** The models to pick for a capability: those the form's backends list (by address), with hints, then the built-in one. */
  function choicesFor(capability: string) {
    const listed = found.flatMap((server) => {
      const draft = drafts.find((known) => sameServer(known, server));
      if (!draft) return [];
      return server.models.filter((model) => model.capabilities.includes(capability as never)).map((model) => ({
        value: `${draft.name}:${model.id}`,
        label: `${model.id} on ${server.label}${model.hint ? ` (${model.hint})` : ''}`,
      }));
    });
    const builtin = builtinModelFor[capability];
    return builtin ? [...listed, { value: `builtin:${builtin}`, label: describeModel(`builtin:${builtin}`) }] : listed;
  }

  /** Backends whose last test failed and which have not changed since: saving them needs a yes. */
  function failingNow(): string[] {
    return drafts.flatMap((draft) => {
      const failed = failedTests[draft.key];
      if (!failed || failed.tested !== testedForm(draft)) return [];
      return [`${draft.name} failed its connection test (${failed.reason.replace(/\.$/, '')})`];
    });
  }

  async function save(event: FormEvent | undefined, confirmed = false) {
    event?.preventDefault();
    setStatus(undefined);
    const failing = confirmed ? [] : failingNow();
    if (failing.length > 0) {
      setConfirming(failing);
      return;
    }
    setConfirming(undefined);
    await persist(drafts, lists, edited);
  }

  /** Writes the given backends and lists (the form's, or the form's plus a model picked from what was found). */
  async function persist(savedDrafts: BackendDraft[], savedLists: Record<string, string[]>, savedEdited: string[]) {
    let backends: Record<string, BackendEntry>;
    try {
      backends = Object.fromEntries(savedDrafts.map((draft) => {
        if (!draft.name.trim()) throw new Error('Every backend needs a name.');
        return [draft.name.trim(), toEntry(draft)];
      }));
      if (Object.keys(backends).length !== savedDrafts.length) throw new Error('Two backends have the same name; give each its own.');
    } catch (error) {
      setStatus({ ok: false, text: `Not saved: ${(error as Error).message}` });
      return;
    }
    setSaving(true);
    try {
      const next = await kilnApi.saveSettingsConfig({ backends, capabilities: Object.fromEntries(savedEdited.map((capability) => [capability, savedLists[capability] ?? []])) });
      onSaved(next);
    } catch (error) {
      const field = error instanceof ApiError && typeof error.details?.field === 'string' ? ` (field ${error.details.field})` : '';
      setStatus({ ok: false, text: `Not saved${field}: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setSaving(false);
    }
  }

  /** One click: the found server becomes a backend (or the one already pointing there), its model goes first, and all is saved. */
  function useFound(server: DiscoveredServer, model: DiscoveredModel, capability: string) {
    const entry = server.backend as BackendEntry;
    let draft = drafts.find((known) => sameServer(known, server));
    const nextDrafts = [...drafts];
    if (!draft) {
      const base = server.suggestedName ?? server.kind;
      let name = base;
      for (let number = 2; drafts.some((known) => known.name === name); number += 1) name = `${base}${number}`;
      draft = toDraft(name, entry);
      nextDrafts.push(draft);
    }
    const candidate = `${draft.name}:${model.id}`;
    const nextLists = { ...lists, [capability]: [candidate, ...(lists[capability] ?? []).filter((item) => item !== candidate)] };
    const nextEdited = edited.includes(capability) ? edited : [...edited, capability];
    setDrafts(nextDrafts);
    setLists(nextLists);
    setEdited(nextEdited);
    void persist(nextDrafts, nextLists, nextEdited);
  }

  return (
    <form onSubmit={save} className="settings-editor" aria-label="Edit backends">
      {config.writable ? <DetectedServers onUse={useFound} onFound={setFound} busy={saving} /> : null}
      <p className="muted">
        Saved to <code>{config.file}</code>{config.exists ? '' : ' (created on the first save)'}. Changes apply at once; jobs already
        running finish with the backends they started with. Keys stay in environment variables: give the variable’s name.
      </p>
      {!config.writable ? <p className="notice">This server reads a YAML file, which the page does not rewrite; edit it by hand.</p> : null}
      <div className="backend-form-list">
        {drafts.map((draft, index) => (
          <BackendEntryForm
            key={draft.key}
            draft={draft}
            backendTypes={config.backendTypes}
            onChange={(next) => setDrafts(drafts.map((item, at) => (at === index ? next : item)))}
            onRemove={() => setDrafts(drafts.filter((_, at) => at !== index))}
            onTested={(outcome) => {
              const { [draft.key]: _previous, ...others } = failedTests;
              setFailedTests(outcome.ok ? others : { ...others, [draft.key]: { reason: outcome.reason, tested: testedForm(draft) } });
            }}
          />
        ))}
      </div>
      <button type="button" className="button" onClick={() => setDrafts([...drafts, toDraft('', { type: 'ollama' })])}>Add a backend</button>

      <h3>Fallback lists</h3>
      <div className="fallback-lists">
        {Object.keys(lists).map((capability) => (
          <FallbackListEditor
            key={capability}
            capability={capability}
            models={lists[capability]}
            suggestions={suggestions}
            choices={choicesFor(capability)}
            overridden={config.environmentOverrides.includes(capability)}
            backends={backends}
            onChange={(models) => {
              setLists({ ...lists, [capability]: models });
              if (!edited.includes(capability)) setEdited([...edited, capability]);
            }}
          />
        ))}
      </div>
      <div className="settings-editor__save">
        <button type="submit" className="button button--primary" disabled={saving || !config.writable}>{saving ? 'Saving…' : 'Save settings'}</button>
        <p className={`status-line${status && !status.ok ? ' status-line--error' : ''}`} role="status">{status?.text}</p>
      </div>
      {confirming ? (
        <div className="notice notice--warning" role="alert" data-testid="confirm-failing-save">
          <p>{confirming.join('; ')}. Kiln would pass it over until it answers. Save anyway?</p>
          <button type="button" className="button" onClick={() => void save(undefined, true)}>Save anyway</button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(undefined)}>Cancel</button>
        </div>
      ) : null}
    </form>
  );
}
