/**
 * The Library: everything the user made in any studio, newest first, in pages, with filters by
 * studio and state kept in the address (a reload or a shared link keeps them). It reloads when
 * anything is deleted, cancelled or started again in any open view, and every few seconds while
 * something in view is still being made.
 */
import { useEffect, useState } from 'react';
import type { JobState } from '../api/api-types.ts';
import { kilnApi } from '../api/kiln-api.ts';
import { useLibraryChanges } from '../api/library-changes.ts';
import type { LibraryStudio } from '../api/library-types.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { SelectField } from '../components/form-field.tsx';
import { useApiData } from '../components/use-api-data.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import type { JobChange } from '../pages/job-actions.tsx';
import { Link } from '../router.tsx';
import { LibraryCard } from './library-card.tsx';
import { libraryStudioChoices } from './library-studios.ts';
import './library.css';

const perPage = 24;
const refreshEveryMs = 3000;
const stateChoices: { value: JobState; label: string }[] = [
  { value: 'queued', label: 'Waiting' }, { value: 'running', label: 'Being made' }, { value: 'succeeded', label: 'Finished' },
  { value: 'failed', label: 'Failed' }, { value: 'cancelled', label: 'Cancelled' },
];

interface Filters { studio: LibraryStudio | ''; state: JobState | ''; page: number }

function filtersFromAddress(): Filters {
  const query = new URLSearchParams(window.location.search);
  const page = Number.parseInt(query.get('page') ?? '1', 10);
  return { studio: (query.get('studio') ?? '') as Filters['studio'], state: (query.get('state') ?? '') as Filters['state'], page: page > 0 ? page : 1 };
}

export function LibraryPage() {
  usePageTitle('Library');
  const [filters, setFilters] = useState(filtersFromAddress);
  const [announcement, setAnnouncement] = useState('');
  const library = useApiData((signal) => kilnApi.library({ ...filters, perPage }, signal), [filters.studio, filters.state, filters.page]);
  const anyActive = library.data?.items.some((item) => item.state === 'queued' || item.state === 'running') ?? false;
  useLibraryChanges(library.reload);

  useEffect(() => {
    if (!anyActive) return;
    const timer = setInterval(library.reload, refreshEveryMs);
    return () => clearInterval(timer);
  }, [anyActive, library.reload]);

  function choose(next: Filters) {
    setFilters(next);
    const query = new URLSearchParams(Object.entries(next).filter(([key, value]) => value !== '' && !(key === 'page' && value === 1)).map(([key, value]) => [key, String(value)]));
    // Replaced, not pushed: a filter is a view of this page, not a step Back should undo.
    window.history.replaceState(null, '', `/library${query.size > 0 ? `?${query}` : ''}`);
  }

  function changed(change: JobChange) {
    if (change.kind === 'cancelled') setAnnouncement('Cancelled.');
    if (change.kind === 'retried') setAnnouncement('Started again; the new one is at the top of the Library.');
    if (change.kind === 'deleted') setAnnouncement(`Deleted, with ${change.deletedAssets} ${change.deletedAssets === 1 ? 'file' : 'files'}.`);
  }

  const data = library.data;
  const pageCount = data ? Math.max(1, Math.ceil(data.total / perPage)) : 1;
  const filtered = filters.studio !== '' || filters.state !== '';
  return (
    <>
      <header className="page-header">
        <h1>Library</h1>
        <p className="page-header__lead">Everything you have made, in every studio, newest first.</p>
      </header>

      <form className="job-filters" aria-label="Filter the library" onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Kind" value={filters.studio} onChange={(event) => choose({ ...filters, studio: event.target.value as Filters['studio'], page: 1 })}>
          <option value="">Everything</option>
          {libraryStudioChoices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </SelectField>
        <SelectField label="State" value={filters.state} onChange={(event) => choose({ ...filters, state: event.target.value as Filters['state'], page: 1 })}>
          <option value="">Any state</option>
          {stateChoices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
        </SelectField>
      </form>

      <p className="visually-hidden" aria-live="polite">
        {announcement} {data ? `${data.total} ${data.total === 1 ? 'item' : 'items'}.` : library.loading ? 'Loading your library…' : ''}
      </p>
      {library.error ? <ApiErrorMessage error={library.error} action="Could not load your library" /> : null}
      {data && data.items.length === 0 ? (
        <div className="card empty-state">
          {filtered ? (
            <p>Nothing matches these filters. <button type="button" className="button" onClick={() => choose({ studio: '', state: '', page: 1 })}>Show everything</button></p>
          ) : (
            <p>Nothing here yet. What you make in the <Link href="/story">Story</Link>, <Link href="/music-video">Music video</Link> and{' '}
              <Link href="/vocabulary">Vocabulary</Link> studios appears here.</p>
          )}
        </div>
      ) : null}
      {data && data.items.length > 0 ? (
        <ul className="library-list" aria-label="What you made">
          {data.items.map((item) => <LibraryCard key={item.jobId} item={item} now={Date.now()} onChange={changed} />)}
        </ul>
      ) : null}
      {data && pageCount > 1 ? (
        <nav className="library-pages" aria-label="Library pages">
          <button type="button" className="button" disabled={filters.page <= 1} onClick={() => choose({ ...filters, page: filters.page - 1 })}>Newer</button>
          <span>Page {filters.page} of {pageCount}</span>
          <button type="button" className="button" disabled={filters.page >= pageCount} onClick={() => choose({ ...filters, page: filters.page + 1 })}>Older</button>
        </nav>
      ) : null}
    </>
  );
}
