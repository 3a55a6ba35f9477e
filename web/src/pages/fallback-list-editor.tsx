/**
 * One capability's fallback list in the settings editor: tried from the top, reordered with buttons.
 * A model added goes to the top (what the user adds is what is used); each entry says whether it
 * would serve now, and built-in ones say they are not AI.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { BackendHealth } from '../api/api-types.ts';
import { describeModel } from '../../../src/providers/describe-model.ts';
import { InputField, SelectField } from '../components/form-field.tsx';
import { describeEntryState, fallbackEntryStates } from './fallback-entry-states.ts';

interface FallbackListEditorProps {
  capability: string;
  models: string[];
  /** `backend:` prefixes of the backends in the editor, offered as suggestions. */
  suggestions: string[];
  /** Models to pick from a list instead of typing: what the backends list for this capability, and the built-in one. */
  choices: { value: string; label: string }[];
  /** Set by a KILN_<CAPABILITY> variable, which wins over the file. */
  overridden: boolean;
  /** The saved backends' health, to say which entry would serve now. */
  backends: readonly BackendHealth[];
  onChange(models: string[]): void;
}

export function FallbackListEditor({ capability, models, suggestions, choices, overridden, backends, onChange }: FallbackListEditorProps) {
  const id = useId();
  const [adding, setAdding] = useState('');
  const [picked, setPicked] = useState('');
  const backendTypes = Object.fromEntries(backends.map((backend) => [backend.name, backend.type]));
  const states = fallbackEntryStates(models, backends);

  function move(from: number, to: number) {
    const next = [...models];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    onChange(next);
  }

  // Not a <form>: the list sits inside the settings form, and forms do not nest.
  function add(model = adding.trim()) {
    if (!model) return;
    // First, before the built-in default: added after it, the model would never be asked.
    onChange([model, ...models.filter((item) => item !== model)]);
    setAdding('');
  }

  return (
    <section className="fallback-list" aria-labelledby={`${id}-title`} data-capability={capability}>
      <h4 id={`${id}-title`}>{capability}</h4>
      {overridden ? <p className="muted">Set by KILN_{capability.toUpperCase()}, which wins over the file.</p> : null}
      {models.length === 0 ? <p className="muted">Nothing; this kind of work is not available.</p> : null}
      <ol className="fallback-list__items">
        {models.map((model, index) => (
          <li key={model} data-entry-state={states[index].state}>
            <code>{model}</code>
            <span className="fallback-list__words">{describeModel(model, backendTypes)}; {describeEntryState(states[index])}</span>
            <button type="button" className="button" aria-label={`Move ${model} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>↑</button>
            <button type="button" className="button" aria-label={`Move ${model} down`} disabled={index === models.length - 1} onClick={() => move(index, index + 1)}>↓</button>
            <button type="button" className="button" aria-label={`Remove ${model} from ${capability}`} onClick={() => onChange(models.filter((item) => item !== model))}>✕</button>
          </li>
        ))}
      </ol>
      <InputField label={`Add a model to ${capability}`} hideLabel className="fallback-list__add" id={`${id}-add`} type="text" list={`${id}-suggestions`}
        placeholder="backend:model" value={adding} spellCheck={false}
        onChange={(event) => setAdding(event.target.value)}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          add();
        }}
        actions={<button type="button" className="button" onClick={() => add()}>Add to {capability}</button>} />
      <datalist id={`${id}-suggestions`}>
        {suggestions.map((suggestion) => <option key={suggestion} value={suggestion} />)}
      </datalist>
      {choices.length > 0 ? (
        <SelectField label={`Pick a model for ${capability}`} hideLabel className="fallback-list__add" id={`${id}-pick`} value={picked} onChange={(event) => setPicked(event.target.value)}
          actions={<button type="button" className="button" disabled={!picked} onClick={() => { add(picked); setPicked(''); }}>Add the picked model</button>}>
          <option value="">Or pick one the backends list…</option>
          {choices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </SelectField>
      ) : null}
    </section>
  );
}
