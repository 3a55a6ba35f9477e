/**
 * The user's recent jobs. While any of them is still queued or running the list refreshes itself
 * every few seconds; a job's own page has the live, step-by-step view.
 */
import { useEffect } from 'react';
import { isJobFinished, type Job } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { formatDateTime, formatRelativeTime } from '../components/format-time.ts';
import { JobStateBadge, stateTone } from '../components/job-state-badge.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { useApiData } from '../components/use-api-data.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { Link } from '../router.tsx';
import { shortId } from '../components/short-id.ts';
import { pipelineTitle } from '../studios/pipeline-title.ts';

const refreshEveryMs = 3000;

export function JobsPage() {
  usePageTitle('Jobs');
  const jobs = useApiData((signal) => kilnApi.listJobs(signal));
  const anyActive = jobs.data?.some((job) => !isJobFinished(job.state)) ?? false;

  useEffect(() => {
    if (!anyActive) return;
    const timer = setInterval(jobs.reload, refreshEveryMs);
    return () => clearInterval(timer);
  }, [anyActive, jobs.reload]);

  return (
    <>
      <header className="page-header page-header--with-action">
        <div>
          <h1>Jobs</h1>
          <p className="page-header__lead">Everything you have asked Kiln to make, newest first.</p>
        </div>
        {/* Not disabled while loading: the list refreshes itself and a disabled button would drop focus. */}
        <button type="button" className="button" onClick={jobs.reload}>
          Refresh
        </button>
      </header>

      <p className="visually-hidden" aria-live="polite">
        {jobs.data ? `${jobs.data.length} ${jobs.data.length === 1 ? 'job' : 'jobs'} listed.` : jobs.loading ? 'Loading jobs…' : ''}
      </p>
      {jobs.error ? <ApiErrorMessage error={jobs.error} action="Could not load your jobs" /> : null}
      {jobs.data && jobs.data.length === 0 ? (
        <div className="card empty-state">
          <p>No jobs yet. Start one from a studio, or <Link href="/settings">run a system check</Link> to see one at work.</p>
        </div>
      ) : null}
      {jobs.data && jobs.data.length > 0 ? <JobTable jobs={jobs.data} /> : null}
    </>
  );
}

function JobTable({ jobs }: { jobs: Job[] }) {
  const now = Date.now();
  return (
    <div className="table-frame">
      <table className="job-table">
        <caption className="visually-hidden">Your jobs</caption>
        <thead>
          <tr>
            <th scope="col">Job</th>
            <th scope="col">State</th>
            <th scope="col">Progress</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id}>
              <th scope="row" data-label="Job">
                <Link href={`/jobs/${encodeURIComponent(job.id)}`} className="job-table__link">
                  {pipelineTitle(job.pipeline)}
                </Link>
                <span className="job-table__id">{shortId(job.id)}</span>
              </th>
              <td data-label="State">
                <JobStateBadge state={job.state} />
              </td>
              <td data-label="Progress">
                <div className="progress-with-value">
                  <ProgressBar value={job.progress} label={`Progress of ${pipelineTitle(job.pipeline)} job ${shortId(job.id)}`} tone={stateTone(job.state)} />
                  <span className="progress-value">{Math.round(job.progress * 100)}%</span>
                </div>
              </td>
              <td data-label="Created">
                <time dateTime={job.createdAt} title={formatDateTime(job.createdAt)}>
                  {formatRelativeTime(job.createdAt, now)}
                </time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
