/** The steps of a job, each with its own bar, timing, cache use and the backends that served it. */
import type { JobStep } from '../api/api-types.ts';
import { formatDuration } from '../components/format-time.ts';
import { JobStateBadge, stateTone } from '../components/job-state-badge.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { servedByText } from './served-by-text.ts';

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
