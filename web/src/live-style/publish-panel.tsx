import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { InputField } from '../components/form-field.tsx';
import { readPublishSettings, savePublishSettings } from './publish-settings.ts';
import { publishOverWhip, type WhipPublication } from './whip-publisher.ts';

/**
 * Publishes the styled canvas to a WebRTC media server over WHIP. The endpoint and token stay in
 * this browser; the stream goes from the browser to the media server, not through Kiln.
 */
export function PublishPanel({ canvas, frameRate = 15 }: { canvas: RefObject<HTMLCanvasElement | null>; frameRate?: number }) {
  const [settings, setSettings] = useState(readPublishSettings);
  const [state, setState] = useState<{ phase: 'off' | 'connecting' | 'on' | 'failed'; message?: string }>({ phase: 'off' });
  const publication = useRef<WhipPublication | undefined>(undefined);

  useEffect(() => () => void publication.current?.stop(), []);

  async function publish(event: FormEvent) {
    event.preventDefault();
    if (!canvas.current) return;
    savePublishSettings(settings);
    setState({ phase: 'connecting' });
    try {
      const stream = canvas.current.captureStream(frameRate);
      const started = await publishOverWhip({ endpoint: settings.endpoint, token: settings.token || undefined, stream });
      publication.current = started;
      started.connection.addEventListener('connectionstatechange', () => {
        const connectionState = started.connection.connectionState;
        if (connectionState === 'connected') setState({ phase: 'on' });
        if (connectionState === 'failed') setState({ phase: 'failed', message: 'The media server’s connection failed (check its ICE/UDP ports).' });
      });
      setState({ phase: started.connection.connectionState === 'connected' ? 'on' : 'connecting', message: 'Offer accepted; connecting the media…' });
    } catch (error) {
      setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function stop() {
    await publication.current?.stop();
    publication.current = undefined;
    setState({ phase: 'off' });
  }

  return (
    <section className="card" aria-labelledby="live-publish">
      <h2 id="live-publish">Publish (WHIP)</h2>
      <p>Send the styled picture to a WebRTC media server: MediaMTX, LiveKit ingress, Cloudflare Stream or Ant Media Enterprise.</p>
      <form className="live-publish" onSubmit={publish}>
        <InputField label="WHIP endpoint" type="text" inputMode="url" required placeholder="https://media.example/live/mystream/whip" value={settings.endpoint} onChange={(event) => setSettings({ ...settings, endpoint: event.target.value })} />
        <InputField label="Token (optional)" type="password" autoComplete="off" value={settings.token} onChange={(event) => setSettings({ ...settings, token: event.target.value })} />
        <div className="live-publish__actions">
          {state.phase === 'on' || state.phase === 'connecting' ? (
            <button type="button" className="button" onClick={() => void stop()}>Stop publishing</button>
          ) : (
            <button type="submit" className="button button--primary">Publish</button>
          )}
        </div>
      </form>
      <p className={`status-line live-publish-status live-publish-status--${state.phase}`} role="status" data-testid="publish-status">
        {state.phase === 'on' ? 'Publishing.' : state.phase === 'off' ? 'Not publishing.' : state.message ?? ''}
      </p>
    </section>
  );
}
