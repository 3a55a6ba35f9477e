/** The steps of a job, each with its own bar, timing, cache use and the backends that served it. */
import type { JobStep } from '../api/api-types.ts';
import { formatDuration } from '../components/format-time.ts';
import { JobStateBadge, stateTone } from '../components/job-state-badge.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { describeStep } from '../components/describe-step.ts';
import { describeErrorCode } from '../components/describe-error-code.ts';
import { servedByText } from './served-by-text.ts';

/** `pipeline` is the job's, so each step reads in words ("Drawing the pictures"), not by its id. */
export function JobStepList({ pipeline, steps }: { pipeline: string; steps: JobStep[] }) {
  if (steps.length === 0) return <p className="muted">The steps appear when the job starts.</p>;
  return (
    <ol className="step-list">
      {steps.map((step) => (
        // data-step keeps the node's id for tests and scripts; people read the words.
        <li key={step.name} className={`step step--${step.state}`} data-step={step.name}>
          <div className="step__header">
            <h3 className="step__name">{describeStep(pipeline, step.name)}</h3>
            <JobStateBadge state={step.state} />
            {step.cached ? <span className="badge badge--cached">Reused from an earlier run</span> : null}
          </div>
          <div className="progress-with-value">
            <ProgressBar value={step.progress} label={`Progress: ${describeStep(pipeline, step.name)}`} tone={stateTone(step.state)} />
            <span className="progress-value">{Math.round(step.progress * 100)}%</span>
          </div>
          {step.message ? <p className="step__message">{step.message}</p> : null}
          {step.error ? (
            <p className="step__error">
              {step.error.message || describeErrorCode(step.error.code)}
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
          </dl>
        </li>
      ))}
    </ol>
  );
}
