/**
 * /live/watch/:sessionId (a page with the app around it) and /live/overlay/:sessionId (only the
 * picture on a transparent page, for an OBS browser source). Both need the `key` from the link.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { usePageTitle } from '../components/use-page-title.ts';
import { createFrameDrawer } from './draw-styled-frame.ts';
import { describeClose, LiveClient } from './live-client.ts';
import { LiveStats, type LiveFigures } from './live-stats.ts';
import { LiveStatsPanel } from './live-stats-panel.tsx';
import './live.css';

/** Codes after which trying again cannot help: wrong link, no such session, session over. */
const finalCloseCodes = new Set([4403, 4404, 4410]);

function useViewerStream(sessionId: string, canvas: RefObject<HTMLCanvasElement | null>) {
  const [status, setStatus] = useState('Connecting…');
  const [figures, setFigures] = useState<LiveFigures>();
  useEffect(() => {
    const key = new URLSearchParams(window.location.search).get('key') ?? '';
    const stats = new LiveStats();
    const draw = createFrameDrawer(canvas.current!);
    let client: LiveClient | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const connect = () => {
      client = new LiveClient(`/api/live/sessions/${encodeURIComponent(sessionId)}/watch?key=${encodeURIComponent(key)}`, {
        frame: (frame) => {
          draw(frame);
          stats.frameReceived(performance.now(), undefined, frame.repeat, frame.dropped ?? 0);
        },
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
    const timer = setInterval(() => setFigures(stats.figures(performance.now())), 500);
    return () => {
      ended = true;
      clearTimeout(retry);
      clearInterval(timer);
      client?.close();
    };
  }, [canvas, sessionId]);
  return { status, figures };
}

export function LiveViewerPage({ sessionId }: { sessionId: string }) {
  usePageTitle('Watching live');
  const canvas = useRef<HTMLCanvasElement>(null);
  const { status, figures } = useViewerStream(sessionId, canvas);
  return (
    <article className="live-viewer">
      <header className="page-header">
        <div>
          <h1>Watching live</h1>
          <p className="page-header__lead" role="status" data-testid="viewer-status">{status}</p>
        </div>
      </header>
      <canvas ref={canvas} width={512} height={384} className="live-screen__picture live-viewer__picture" data-testid="viewer-canvas" aria-label="The live picture" />
      <LiveStatsPanel figures={figures} />
    </article>
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
