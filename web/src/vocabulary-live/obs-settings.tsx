/** OBS connection settings: the address (the password lives in the server's environment) and a test button. */
import { useEffect, useState } from 'react';
import { apiFetch } from '../api/kiln-api.ts';
import { InputField } from '../components/form-field.tsx';
import { describeModel } from '../../../src/providers/describe-model.ts';

interface LiveSettings {
  obsAddress: string | null;
  obsPasswordSet: boolean;
  addressEditable: boolean;
  /** False for a signed-in user who is not an administrator: OBS is the operator's program. */
  obsAllowed: boolean;
  reply: string | null;
  speech: string | null;
}

export function ObsSettings({ address, onAddress, obsStatus }: { address: string; onAddress(address: string): void; obsStatus: string }) {
  const [settings, setSettings] = useState<LiveSettings>();
  const [result, setResult] = useState<string>();
  useEffect(() => {
    apiFetch('/api/vocabulary/live/settings').then((response) => response.json()).then((loaded: LiveSettings) => {
      setSettings(loaded);
      if (loaded.obsAddress) onAddress(loaded.obsAddress);
    }).catch(() => undefined);
  }, [onAddress]);
  const test = async () => {
    setResult('Trying…');
    try {
      const response = await apiFetch('/api/vocabulary/live/obs/test', { method: 'POST', body: JSON.stringify(address ? { address } : {}) });
      setResult(((await response.json()) as { message: string }).message);
    } catch (error) {
      setResult(error instanceof Error ? error.message : String(error));
    }
  };
  if (settings && !settings.obsAllowed) {
    return (
      <section className="vocab-live__panel" aria-label="OBS">
        <h2>OBS</h2>
        <p className="vocab-live__muted" data-testid="obs-status">OBS is for administrators: it is the server operator’s program, so your live sessions run without it.</p>
        <p className="vocab-live__muted">Reply: {settings.reply ? describeModel(settings.reply) : 'none (offline items only)'} · Voice: {settings.speech ? describeModel(settings.speech) : 'none'}</p>
      </section>
    );
  }
  return (
    <section className="vocab-live__panel" aria-label="OBS">
      <h2>OBS</h2>
      <InputField label="obs-websocket address" value={address} placeholder="ws://127.0.0.1:4455" disabled={settings ? !settings.addressEditable : false}
        onChange={(event) => onAddress(event.target.value)} />
      <p className="vocab-live__muted">
        {settings?.obsPasswordSet ? 'The password is set in the server’s environment (KILN_OBS_PASSWORD).' : 'No password is set: if OBS asks for one, set KILN_OBS_PASSWORD in the server’s environment.'}
      </p>
      <button type="button" className="button" onClick={() => void test()}>Test the OBS connection</button>
      {result && <p role="status" data-testid="obs-test-result">{result}</p>}
      <p className="vocab-live__muted" data-testid="obs-status">{obsStatus}</p>
      {settings && <p className="vocab-live__muted">Reply: {settings.reply ? describeModel(settings.reply) : 'none (offline items only)'} · Voice: {settings.speech ? describeModel(settings.speech) : 'none'}</p>}
    </section>
  );
}
