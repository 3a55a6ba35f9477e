/**
 * /live/watch/:sessionId (the picture on a dark page with a full-screen button: viewers see the
 * stream, not the host's menus or figures) and /live/overlay/:sessionId (only the picture on a
 * transparent page, for an OBS browser source). Both need the `key` from the link.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { usePageTitle } from '../components/use-page-title.ts';
import { createFrameDrawer } from './draw-styled-frame.ts';
import { describeClose, LiveClient } from './live-client.ts';
import './live.css';

/** Codes after which trying again cannot help: wrong link, no such session, session over. */
const finalCloseCodes = new Set([4403, 4404, 4410]);

function useViewerStream(sessionId: string, canvas: RefObject<HTMLCanvasElement | null>) {
  const [status, setStatus] = useState('Connecting…');
  useEffect(() => {
    const key = new URLSearchParams(window.location.search).get('key') ?? '';
    const draw = createFrameDrawer(canvas.current!);
    let client: LiveClient | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const connect = () => {
      client = new LiveClient(`/api/live/sessions/${encodeURIComponent(sessionId)}/watch?key=${encodeURIComponent(key)}`, {
        frame: draw,
        message: (message) => {
          if (message.type === 'streamer') setStatus(message.connected ? 'Live.' : 'The streamer’s camera is off; the picture resumes when it is back.');
        },
        close: (code, reason) => {
          setStatus(describeClose(code, reason));
          // Network hiccups and restarts: an overlay left running in OBS should come back by itself.
          if (!ended && !finalCloseCodes.has(code)) retry = setTimeout(connect, 2000);
        },
      });
    };
    connect();
    return () => {
      ended = true;
      clearTimeout(retry);
      client?.close();
    };
  }, [canvas, sessionId]);
  return status;
}

export function LiveViewerPage({ sessionId }: { sessionId: string }) {
  usePageTitle('Watching live');
  const stage = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const status = useViewerStream(sessionId, canvas);
  const [fullScreen, setFullScreen] = useState(false);
  useEffect(() => {
    const follow = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen().catch(() => undefined);
  };
  return (
    <main className="live-viewer" ref={stage} data-testid="viewer-stage">
      <h1 className="visually-hidden">Watching live</h1>
      <canvas ref={canvas} width={512} height={384} className="live-viewer__picture" data-testid="viewer-canvas" aria-label="The live picture" />
      <div className="live-viewer__bar">
        <p role="status" data-testid="viewer-status">{status}</p>
        {document.fullscreenEnabled ? (
          <button type="button" className="button" aria-pressed={fullScreen} onClick={toggle}>{fullScreen ? 'Leave full screen' : 'Full screen'}</button>
        ) : null}
      </div>
    </main>
  );
}

export function LiveOverlayPage({ sessionId }: { sessionId: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useViewerStream(sessionId, canvas);
  useEffect(() => {
    // OBS composites the page over the scene: everything but the picture must be see-through.
    document.documentElement.classList.add('live-overlay-page');
    return () => document.documentElement.classList.remove('live-overlay-page');
  }, []);
  return <canvas ref={canvas} width={512} height={384} className="live-overlay" data-testid="overlay-canvas" aria-label="The live picture" />;
}
