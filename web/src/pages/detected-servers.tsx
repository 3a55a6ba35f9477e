/**
 * "Found on this machine": the model servers discovery found (the server looks on loopback's default
 * ports, or at an address typed here), each model with what it is probably for and one button per
 * use. Servers that answered wrongly are listed with the reason, so a half-running server is no mystery.
 */
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { DiscoveredModel, DiscoveredServer } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { InputField } from '../components/form-field.tsx';
import { useApiData } from '../components/use-api-data.ts';

interface DetectedServersProps {
  /** Adds the server as a backend, puts the model first for the capability, and saves. */
  onUse(server: DiscoveredServer, model: DiscoveredModel, capability: string): void;
  /** Hears what was found, so the lists can offer those models to pick. */
  onFound?(servers: DiscoveredServer[]): void;
  busy: boolean;
}

export function DetectedServers({ onUse, onFound, busy }: DetectedServersProps) {
  const id = useId();
  const [address, setAddress] = useState('');
  const [lookingAt, setLookingAt] = useState<string>();
  const found = useApiData((signal) => kilnApi.detectBackends(lookingAt, signal), [lookingAt]);
  useEffect(() => {
    if (found.data) onFound?.(found.data.servers);
    // onFound is a fresh function on each render; what was found is what matters.
  }, [found.data]);

  function lookAt(event?: KeyboardEvent) {
    if (event && event.key !== 'Enter') return;
    // Not a <form>: this sits inside the settings form, and forms do not nest.
    event?.preventDefault();
    if (address.trim() === (lookingAt ?? '')) found.reload();
    else setLookingAt(address.trim() || undefined);
  }

  return (
    <section className="card detected-servers" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Found on this machine</h3>
      <p className="muted">
        Model servers answering at their usual ports here (Ollama, llama.cpp, vLLM, LM Studio, ComfyUI, AUTOMATIC1111, Kokoro,
        Style-Bert-VITS2). Pick a model for a kind of work: it goes first in that list and is saved at once.
      </p>
      <InputField label="Another address" id={`${id}-address`} type="url" placeholder="http://192.168.1.20:11434" value={address} spellCheck={false}
        onChange={(event) => setAddress(event.target.value)} onKeyDown={lookAt}
        actions={<button type="button" className="button" onClick={() => lookAt()} disabled={found.loading}>{found.loading ? 'Looking…' : 'Look again'}</button>} />
      {found.error ? <ApiErrorMessage error={found.error} action="Could not look for model servers" /> : null}
      {found.data && found.data.servers.length === 0 ? (
        <p className="muted">Nothing answered{lookingAt ? ` at ${lookingAt}` : ' on the usual ports'}. Start a model server (for example <code>ollama serve</code>) and look again.</p>
      ) : null}
      <ul className="detected-servers__list">
        {found.data?.servers.map((server) => (
          <li key={`${server.kind}-${server.address}`} data-detected={server.kind} data-state={server.state}>
            <p><strong>{server.label}</strong> at <code>{server.address}</code>{server.usedFor ? `: used for ${server.usedFor}` : ''}</p>
            {server.state === 'unusable' ? <p className="status-line status-line--error">Found, but unusable: {server.reason}</p> : null}
            {server.backend && server.models.length === 0 && server.state === 'usable' ? <p className="muted">It has no models yet.</p> : null}
            {server.backend ? (
              <ul className="detected-servers__models">
                {server.models.map((model) => (
                  <li key={model.id}>
                    <code>{model.id}</code>{model.hint ? <span className="muted"> ({model.hint})</span> : null}{' '}
                    {model.capabilities.map((capability) => (
                      <button key={capability} type="button" className="button" disabled={busy} onClick={() => onUse(server, model, capability)}
                        aria-label={`Use for ${capability}: ${model.id} from ${server.label}`}>
                        Use for {capability}
                      </button>
                    ))}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
