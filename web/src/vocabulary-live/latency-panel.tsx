import type { LiveStage } from '../../../src/pipelines/vocabulary/live/live-vocabulary-messages.ts';

const labels: Record<LiveStage, string> = {
  recognise: 'Recognise',
  items: 'Items',
  replyFirstToken: 'Reply, first sentence',
  replyDone: 'Reply done',
  speech: 'Voice',
};

export interface LatencyFigures {
  stages: Partial<Record<LiveStage, number>>;
  modelMs: number;
  gatewayMs: number;
}

/** The last utterance's time per stage (ms since the server got it; recognise is its own length). */
export function LatencyPanel({ latency }: { latency?: LatencyFigures }) {
  return (
    <section className="vocab-live__panel" aria-label="Latency">
      <h2>Latency</h2>
      {latency ? (
        <dl className="vocab-live__latency" data-testid="latency-panel">
          {(Object.keys(labels) as LiveStage[]).map((stage) => (
            <div key={stage}>
              <dt>{labels[stage]}</dt>
              <dd>{latency.stages[stage] === undefined ? '—' : `${Math.round(latency.stages[stage]!)} ms`}</dd>
            </div>
          ))}
          <div>
            <dt>Gateway overhead</dt>
            <dd>{`${latency.gatewayMs.toFixed(1)} ms`}</dd>
          </div>
        </dl>
      ) : <p className="vocab-live__muted">Say or type something to see the times.</p>}
    </section>
  );
}
