/**
 * /live: the streamer's page. The camera goes to the server a few frames a second and the styled
 * picture comes back onto the canvas, which viewers, an OBS overlay and a WHIP media server can
 * all show.
 */
import { useRef } from 'react';
import { SelectField } from '../components/form-field.tsx';
import { usePageTitle } from '../components/use-page-title.ts';
import { LiveStatsPanel } from './live-stats-panel.tsx';
import { LiveStyleControls } from './live-style-controls.tsx';
import { PublishPanel } from './publish-panel.tsx';
import { ShareLinks } from './share-links.tsx';
import { useLiveStreamer, type StreamerState } from './use-live-streamer.ts';
import './live.css';

const rates = [1, 2, 5, 10, 15, 20, 30];

function describeState(state: StreamerState): string {
  switch (state.phase) {
    case 'idle': return 'The camera is off.';
    case 'starting': return 'Starting the camera…';
    case 'waiting': return `The style backend is busy: you are number ${state.position} in line.`;
    case 'live': return 'Live: your camera is being restyled.';
    case 'stopped': return state.reason;
  }
}

export function LiveStudioPage() {
  usePageTitle('Live style');
  const video = useRef<HTMLVideoElement>(null);
  const output = useRef<HTMLCanvasElement>(null);
  const live = useLiveStreamer(video, output);
  const running = live.state.phase === 'live' || live.state.phase === 'waiting' || live.state.phase === 'starting';

  return (
    <article className="studio studio--live-style live-studio">
      <header className="page-header page-header--with-action">
        <div>
          <h1>Live style</h1>
          <p className="page-header__lead">Your webcam, restyled in real time: pick a look and watch it follow you.</p>
        </div>
        {running ? (
          <button type="button" className="button" onClick={() => live.stop()}>Stop camera</button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void live.start()}>Start camera</button>
        )}
      </header>

      <p className={`live-status live-status--${live.state.phase}`} role="status" data-testid="live-status">{describeState(live.state)}</p>
      {live.notice ? <p className="notice" role="alert">{live.notice}</p> : null}

      <section className="live-screens" aria-label="Camera and styled picture">
        <figure className="live-screen">
          <video ref={video} muted playsInline autoPlay className="live-screen__picture" data-testid="camera-video" />
          <figcaption>Camera</figcaption>
        </figure>
        <figure className="live-screen">
          <canvas ref={output} width={512} height={384} className="live-screen__picture" data-testid="styled-canvas" aria-label="Styled picture" />
          <figcaption>Styled{live.styleDescription ? `: ${live.styleDescription}` : ''}</figcaption>
        </figure>
      </section>

      <div className="live-columns">
        <LiveStyleControls presets={live.presets} onStyle={live.sendStyle} onPause={live.setPaused} paused={live.paused} />
        <section className="card" aria-labelledby="live-panel">
          <h2 id="live-panel">Live panel</h2>
          <SelectField label="Frames per second" className="form-field--narrow" value={live.fps} onChange={(event) => live.setFps(Number(event.target.value))}>
            {rates.map((rate) => <option key={rate} value={rate}>{rate}</option>)}
          </SelectField>
          <LiveStatsPanel figures={live.figures} viewers={live.viewers} />
        </section>
      </div>

      {live.links ? <ShareLinks links={live.links} onEnd={() => void live.endSession()} /> : null}
      <PublishPanel canvas={output} />
    </article>
  );
}
