/** Home's "Recently made" row: the newest few things from the Library, or a first step when there are none. */
import { kilnApi } from '../api/kiln-api.ts';
import { useLibraryChanges } from '../api/library-changes.ts';
import { useApiData } from '../components/use-api-data.ts';
import { Link } from '../router.tsx';
import { LibraryCard } from './library-card.tsx';
import './library.css';

export function RecentRow() {
  const recent = useApiData((signal) => kilnApi.library({ perPage: 4 }, signal));
  useLibraryChanges(recent.reload);
  // A failed load leaves Home as it was: the studios below are what matters there.
  if (!recent.data) return null;
  return (
    <section className="recent-row" aria-labelledby="recent-title" data-testid="recent-row">
      <h2 id="recent-title">Recently made</h2>
      {recent.data.items.length === 0 ? (
        <p className="hint">Nothing yet. Pick a studio below; what you make will wait for you here and in your <Link href="/library">Library</Link>.</p>
      ) : (
        <>
          <ul className="library-list library-list--compact">
            {recent.data.items.map((item) => <LibraryCard key={item.jobId} item={item} now={Date.now()} onChange={() => undefined} compact />)}
          </ul>
          <p><Link href="/library">See everything in your Library ({recent.data.total})</Link></p>
        </>
      )}
    </section>
  );
}
