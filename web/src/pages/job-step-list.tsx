/** The steps of a job, each with its own bar, timing, cache use and the backends that served it. */
import type { JobStep } from '../api/api-types.ts';
import { formatDuration } from '../components/format-time.ts';
import { JobStateBadge, stateTone } from '../components/job-state-badge.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';

export function JobStepList({ steps }: { steps: JobStep[] }) {
  if (steps.length === 0) return <p className="muted">The steps appear when the job starts.</p>;
  return (
    <ol className="step-list">
      {steps.map((step) => (
        <li key={step.name} className={`step step--${step.state}`} data-step={step.name}>
          <div className="step__header">
            <h3 className="step__name">{step.name}</h3>
            <JobStateBadge state={step.state} />
            {step.cached ? <span className="badge badge--cached">From cache</span> : null}
          </div>
          <div className="progress-with-value">
            <ProgressBar value={step.progress} label={`Progress of step ${step.name}`} tone={stateTone(step.state)} />
            <span className="progress-value">{Math.round(step.progress * 100)}%</span>
          </div>
          {step.message ? <p className="step__message">{step.message}</p> : null}
          {step.error ? (
            <p className="step__error">
              <code>{step.error.code}</code> {step.error.message}
            </p>
          ) : null}
          <dl className="facts facts--compact">
            <div>
              <dt>Took</dt>
              <dd>{step.state === 'running' ? 'running…' : formatDuration(step.durationMs)}</dd>
            </div>
            <div>
              <dt>Served by</dt>
              <dd>{servedByText(step)}</dd>
            </div>
            {step.attempts > 1 ? (
              <div>
                <dt>Attempts</dt>
                <dd>{step.attempts}</dd>
              </div>
            ) : null}
            <div>
              <dt>Step</dt>
              <dd>
                <code>{step.stepId}</code>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}

function servedByText(step: JobStep): string {
  if (step.servedBy.length > 0) {
    // One call per picture: seven pictures by one backend read "builtin:illustrator ×7", not the name seven times.
    const counts = new Map<string, number>();
    for (const backend of step.servedBy) counts.set(backend, (counts.get(backend) ?? 0) + 1);
    return [...counts].map(([backend, count]) => (count > 1 ? `${backend} ×${count}` : backend)).join(', ');
  }
  if (step.cached) return 'the step cache';
  // A finished step that called no model ran inside Kiln itself.
  return step.state === 'succeeded' ? 'Kiln itself, no model' : '—';
}
