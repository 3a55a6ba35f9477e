/**
 * One job, live: the server-sent event stream moves each step's bar as the worker reports, and the
 * page says which backend served each step, how long it took and whether the cache answered.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { watchJob, type StreamState } from '../api/watch-job.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { formatDateTime, formatDuration } from '../components/format-time.ts';
import { JobStateBadge, stateTone } from '../components/job-state-badge.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { useApiData } from '../components/use-api-data.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { Link, navigate } from '../router.tsx';
import { describeProgressEvent } from './describe-progress-event.ts';
import { JobActions, type JobChange } from './job-actions.tsx';
import { JobResult } from './job-result.tsx';
import { MadeByNotice } from '../components/made-by-notice.tsx';
import { JobStepList } from './job-step-list.tsx';
import { describeStep } from '../components/describe-step.ts';
import { describeErrorCode } from '../components/describe-error-code.ts';
import { jobTitle } from './job-title.ts';
import { shortId } from '../components/short-id.ts';
import { pipelineTitle } from '../studios/pipeline-title.ts';

const streamWords: Record<StreamState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Connection lost, reconnecting…',
  closed: 'Finished',
};

export function JobDetailPage({ jobId }: { jobId: string }) {
  const [job, setJob] = useState<Job>();
  const [streamState, setStreamState] = useState<StreamState>('connecting');
  const [loadError, setLoadError] = useState<ApiError>();
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setJob(undefined);
    setLoadError(undefined);
    return watchJob(jobId, {
      onJob: setJob,
      onEvent: (event, current) => {
        const sentence = describeProgressEvent(current.pipeline, event);
        if (sentence) setAnnouncement(sentence);
      },
      onStreamState: setStreamState,
      onError: setLoadError,
    });
  }, [jobId]);

  // The event stream's snapshot is the bare record; the title comes with GET /api/jobs/:id.
  const described = useApiData((signal) => kilnApi.getJob(jobId, signal), [jobId]);
  const title = job ? jobTitle({ ...job, title: described.data?.title }) : 'Job';

  function changed(change: JobChange) {
    if (change.kind === 'deleted') navigate('/jobs');
    else if (change.kind === 'retried') navigate(`/jobs/${encodeURIComponent(change.job.id)}`);
    else {
      setJob(change.job);
      setAnnouncement('The job was cancelled.');
      // The button goes away with the running job; keyboard focus would otherwise fall back to the page's start.
      headingRef.current?.focus();
    }
  }

  usePageTitle(title);
  const runTime = job?.startedAt && job.endedAt ? Date.parse(job.endedAt) - Date.parse(job.startedAt) : null;

  return (
    <article className="job-detail">
      <p className="breadcrumb">
        <Link href="/jobs">← All jobs</Link>
      </p>
      <header className="page-header page-header--with-action">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
          <p className="page-header__lead job-detail__lead">
            {job ? <span>{pipelineTitle(job.pipeline)}</span> : null}
            <code title={jobId}>{shortId(jobId)}</code>
            {job ? (
              <span data-testid="job-state">
                <JobStateBadge state={job.state} />
              </span>
            ) : null}
          </p>
        </div>
        {job ? <JobActions job={job} name={title} onChange={changed} /> : null}
      </header>

      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {loadError ? <ApiErrorMessage error={loadError} action="Could not load this job" /> : null}
      {!job && !loadError ? <p className="muted">Loading the job…</p> : null}

      {job ? (
        <>
          <section className="card" aria-labelledby="job-overview">
            <h2 id="job-overview" className="visually-hidden">
              Overview
            </h2>
            <div className="progress-with-value progress-with-value--large">
              <ProgressBar id="job-progress" value={job.progress} label="Job progress" tone={stateTone(job.state)} />
              <span className="progress-value">{Math.round(job.progress * 100)}%</span>
            </div>
            <dl className="facts">
              <div>
                <dt>Created</dt>
                <dd>{formatDateTime(job.createdAt)}</dd>
              </div>
              <div>
                <dt>Started</dt>
                <dd>{formatDateTime(job.startedAt)}</dd>
              </div>
              <div>
                <dt>Ended</dt>
                <dd>{formatDateTime(job.endedAt)}</dd>
              </div>
              <div>
                <dt>Ran for</dt>
                <dd>{formatDuration(runTime)}</dd>
              </div>
              <div>
                <dt>Updates</dt>
                <dd>
                  <span className={`stream-state stream-state--${streamState}`}>{streamWords[streamState]}</span>
                </dd>
              </div>
            </dl>
          </section>

          {job.error ? (
            <div className="notice notice--error" role="alert">
              <p>
                <strong>{job.state === 'cancelled' ? 'Cancelled' : 'Failed'}</strong>
                {job.error.step ? <> while {describeStep(job.pipeline, job.error.step).toLowerCase()}</> : null}: {job.error.message}
              </p>
              {job.error.code === 'cancelled' ? null : <p className="muted">{describeErrorCode(job.error.code)}</p>}
            </div>
          ) : null}

          <MadeByNotice steps={job.steps} />
          {job.state === 'succeeded' ? <JobResult job={job} /> : null}

          <section aria-labelledby="job-steps">
            <h2 id="job-steps">Steps</h2>
            <JobStepList pipeline={job.pipeline} steps={job.steps} />
          </section>

          <details className="card disclosure job-detail__record">
            <summary>Details: input and output as JSON</summary>
            <h3>Input</h3>
            {/* Focusable, so a keyboard can scroll a long line sideways. */}
            <pre className="code-block" tabIndex={0}>{JSON.stringify(job.input, null, 2)}</pre>
            {job.output !== null && job.output !== undefined ? (
              <>
                <h3>Output</h3>
                <pre className="code-block" tabIndex={0}>{JSON.stringify(job.output, null, 2)}</pre>
              </>
            ) : null}
          </details>
        </>
      ) : null}
    </article>
  );
}
