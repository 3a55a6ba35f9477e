/**
 * Everything the user has asked Kiln to make, newest first: each job with its title and picture,
 * filters by studio and state (kept in the address, so a reload or a shared link keeps them), and
 * cancel, retry and delete in place. While any listed job is queued or running the list refreshes
 * itself every few seconds; a job's own page has the live, step-by-step view.
 */
import { useEffect, useState } from 'react';
import { isJobFinished, type JobState } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { SelectField } from '../components/form-field.tsx';
import { useLibraryChanges } from '../api/library-changes.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { useApiData } from '../components/use-api-data.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { Link } from '../router.tsx';
import { studios } from '../studios/studio-catalogue.ts';
import type { JobChange } from './job-actions.tsx';
import { JobListItem } from './job-list-item.tsx';

const refreshEveryMs = 3000;

const stateChoices: { value: JobState; label: string }[] = [
  { value: 'queued', label: 'Queued' },
  { value: 'running', label: 'Running' },
  { value: 'succeeded', label: 'Succeeded' },
  { value: 'failed', label: 'Failed' },
  { value: 'cancelled', label: 'Cancelled' },
];

// The diagnostic pipeline has no studio, but the system check on the Settings page makes its jobs.
const studioChoices = [...studios.map((studio) => ({ value: studio.pipelineId, label: studio.title })), { value: 'diagnostic', label: 'System check' }];

function filtersFromAddress() {
  const query = new URLSearchParams(window.location.search);
  return { pipeline: query.get('pipeline') ?? '', state: query.get('state') ?? '' };
}

export function JobsPage() {
  usePageTitle('Jobs');
  const [filters, setFilters] = useState(filtersFromAddress);
  const [announcement, setAnnouncement] = useState('');
  const jobs = useApiData((signal) => kilnApi.listJobs(signal, filters), [filters.pipeline, filters.state]);
  useLibraryChanges(jobs.reload);
  const anyActive = jobs.data?.some((job) => !isJobFinished(job.state)) ?? false;

  useEffect(() => {
    if (!anyActive) return;
    const timer = setInterval(jobs.reload, refreshEveryMs);
    return () => clearInterval(timer);
  }, [anyActive, jobs.reload]);

  function choose(next: { pipeline: string; state: string }) {
    setFilters(next);
    const query = new URLSearchParams(Object.entries(next).filter(([, value]) => value !== ''));
    // Replaced, not pushed: a filter is a view of this page, not a step Back should undo.
    window.history.replaceState(null, '', `/jobs${query.size > 0 ? `?${query}` : ''}`);
  }

  function changed(change: JobChange) {
    if (change.kind === 'cancelled') setAnnouncement('The job was cancelled.');
    if (change.kind === 'retried') setAnnouncement('The job was started again; the new job is at the top of the list.');
    if (change.kind === 'deleted') setAnnouncement(`The job was deleted, with ${change.deletedAssets} ${change.deletedAssets === 1 ? 'file' : 'files'}.`);
    jobs.reload();
  }

  const filtered = filters.pipeline !== '' || filters.state !== '';
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

      <form className="job-filters" aria-label="Filter jobs" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Studio" value={filters.pipeline} onChange={(event) => choose({ ...filters, pipeline: event.target.value })}>
          <option value="">All studios</option>
          {studioChoices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </SelectField>
        <SelectField label="State" value={filters.state} onChange={(event) => choose({ ...filters, state: event.target.value })}>
          <option value="">Any state</option>
          {stateChoices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </SelectField>
      </form>

      <p className="visually-hidden" aria-live="polite">
        {announcement} {jobs.data ? `${jobs.data.length} ${jobs.data.length === 1 ? 'job' : 'jobs'} listed.` : jobs.loading ? 'Loading jobs…' : ''}
      </p>
      {jobs.error ? <ApiErrorMessage error={jobs.error} action="Could not load your jobs" /> : null}
      {jobs.data && jobs.data.length === 0 ? (
        <div className="card empty-state">
          {filtered ? (
            <p>No jobs match these filters. <button type="button" className="button" onClick={() => choose({ pipeline: '', state: '' })}>Show all jobs</button></p>
          ) : (
            <p>No jobs yet. Start one from a studio, or <Link href="/settings">run a system check</Link> to see one at work.</p>
          )}
        </div>
      ) : null}
      {jobs.data && jobs.data.length > 0 ? (
        <ul className="job-list" aria-label="Your jobs">
          {jobs.data.map((job) => <JobListItem key={job.id} job={job} now={Date.now()} onChange={changed} />)}
        </ul>
      ) : null}
    </>
  );
}
