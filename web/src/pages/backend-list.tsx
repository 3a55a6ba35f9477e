/** Each configured backend: what it is, whether it answers, where it computes and what it serves. */
import type { BackendHealth } from '../api/api-types.ts';

const deviceWords: Record<BackendHealth['device'], string> = {
  cuda: 'NVIDIA GPU (CUDA)',
  mps: 'Apple GPU (Metal)',
  cpu: 'CPU',
  remote: 'Remote service',
};

export function BackendList({ backends }: { backends: BackendHealth[] }) {
  if (backends.length === 0) return <p className="card">No backends are configured.</p>;
  return (
    <ul className="backend-grid">
      {backends.map((backend) => (
        <li key={backend.name} className={`card backend backend--${backend.state}`} data-backend={backend.name}>
          <div className="backend__header">
            <h3>{backend.name}</h3>
            <span className={`badge badge--${backend.state === 'ready' ? 'succeeded' : 'failed'}`}>
              {backend.state === 'ready' ? 'Ready' : 'Unavailable'}
            </span>
          </div>
          {backend.reason ? <p className="backend__reason">{backend.reason}</p> : null}
          <dl className="facts facts--compact">
            <div>
              <dt>Type</dt>
              <dd>{backend.type}</dd>
            </div>
            <div>
              <dt>Runs on</dt>
              <dd>{deviceWords[backend.device] ?? backend.device}</dd>
            </div>
          </dl>
          <h4 className="backend__serves-title">Serves</h4>
          {Object.keys(backend.serves).length > 0 ? (
            <dl className="serves">
              {Object.entries(backend.serves).map(([capability, models]) => (
                <div key={capability}>
                  <dt>{capability}</dt>
                  <dd>
                    {models.map((model) => (
                      <code key={model}>{model}</code>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="muted">Nothing configured.</p>
          )}
        </li>
      ))}
    </ul>
  );
}
