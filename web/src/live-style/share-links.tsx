import { useState } from 'react';
import { InputField } from '../components/form-field.tsx';
import type { LiveSessionLinks } from './use-live-streamer.ts';

/** The viewer link and the OBS overlay link, with copy buttons, and the way to end the session. */
export function ShareLinks({ links, onEnd }: { links: LiveSessionLinks; onEnd(): void }) {
  const [copied, setCopied] = useState<string>();
  const copy = async (label: string, url: string) => {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(label);
  };
  return (
    <section className="card" aria-labelledby="live-share">
      <h2 id="live-share">Share</h2>
      <p>Anyone with the viewer link can watch; nobody can change your style with it.</p>
      {links.linkReach === 'this-computer' ? (
        <p className="notice" data-testid="share-reach">
          These links work only on this computer: Kiln listens on this computer’s own address (127.0.0.1), which
          on anyone else’s device means their own. To share them, start Kiln with <code>HOST=0.0.0.0</code> and
          sign-in turned on (<code>KILN_JWT_SECRET</code> or <code>KILN_JWKS_URL</code>), or set <code>server.publicHost</code> to
          the name viewers reach this server by.
        </p>
      ) : null}
      <div className="live-links">
        {([['Viewer link', links.viewerUrl, 'viewer-url'], ['OBS overlay (transparent browser source)', links.overlayUrl, 'overlay-url']] as const).map(([label, url, testId]) => (
          <InputField key={label} label={label} type="text" readOnly value={url} data-testid={testId} onFocus={(event) => event.target.select()}
            actions={<>
              <button type="button" className="button" onClick={() => void copy(label, url)}>Copy</button>
              <a className="button" href={url} target="_blank" rel="noreferrer">Open</a>
            </>} />
        ))}
      </div>
      <p className="hint" aria-live="polite">{copied ? `${copied} copied.` : ''}</p>
      <button type="button" className="button button--danger" onClick={onEnd}>End session</button>
    </section>
  );
}
