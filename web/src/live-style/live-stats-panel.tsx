import type { LiveFigures } from './live-stats.ts';

const milliseconds = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} ms`);

/** FPS, end-to-end latency and dropped frames, updated twice a second. */
export function LiveStatsPanel({ figures, viewers }: { figures: LiveFigures | undefined; viewers?: number }) {
  return (
    <dl className="facts facts--compact live-figures">
      <div>
        <dt>Styled frames per second</dt>
        <dd data-testid="figure-fps">{figures ? figures.fps.toFixed(1) : '–'}</dd>
      </div>
      {figures && figures.latencyP50 !== undefined ? (
        <div>
          <dt>Camera to screen (p50 / p95)</dt>
          <dd data-testid="figure-latency">{milliseconds(figures.latencyP50)} / {milliseconds(figures.latencyP95)}</dd>
        </div>
      ) : null}
      <div>
        <dt>Frames sent / received</dt>
        <dd><span data-testid="figure-sent">{figures?.sent ?? 0}</span> / <span data-testid="figure-received">{figures?.received ?? 0}</span></dd>
      </div>
      <div>
        <dt>Dropped by the server</dt>
        <dd data-testid="figure-dropped">{figures?.dropped ?? 0}</dd>
      </div>
      <div>
        <dt>Repeated (camera still)</dt>
        <dd>{figures?.repeated ?? 0}</dd>
      </div>
      {viewers !== undefined ? (
        <div>
          <dt>Viewers</dt>
          <dd data-testid="figure-viewers">{viewers}</dd>
        </div>
      ) : null}
    </dl>
  );
}
