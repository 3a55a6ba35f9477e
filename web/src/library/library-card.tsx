/** One thing in the Library: its picture, name, kind, state and age, and what can be done with it. */
import type { LibraryItem } from '../api/library-types.ts';
import { AssetDownloadLink } from '../components/asset-download-link.tsx';
import { AssetThumbnail } from '../components/asset-thumbnail.tsx';
import { formatDateTime, formatRelativeTime } from '../components/format-time.ts';
import { JobStateBadge, stateTone } from '../components/job-state-badge.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { JobActions, type JobChange } from '../pages/job-actions.tsx';
import { Link } from '../router.tsx';
import { libraryItemTitle, libraryKind, libraryOpenPath } from './library-studios.ts';

export function LibraryCard({ item, now, onChange, compact = false }: { item: LibraryItem; now: number; onChange(change: JobChange): void; compact?: boolean }) {
  const title = libraryItemTitle(item);
  const active = item.state === 'queued' || item.state === 'running';
  return (
    <li className="library-card" data-testid="library-item" data-job-id={item.jobId} data-state={item.state} data-studio={item.studio}>
      <AssetThumbnail assetId={item.thumbnailAssetId} className="library-card__thumbnail" />
      <div className="library-card__main">
        <Link href={libraryOpenPath(item)} className="library-card__title">{title}</Link>
        <p className="library-card__facts">
          <span>{libraryKind(item.studio)}</span>
          <JobStateBadge state={item.state} />
          <time dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>{formatRelativeTime(item.createdAt, now)}</time>
        </p>
        {active ? <ProgressBar value={item.progress} label={`Progress of ${title}`} tone={stateTone(item.state)} /> : null}
        {item.state === 'failed' && item.error && !compact ? <p className="library-card__error">{item.error.message}</p> : null}
      </div>
      {compact ? null : (
        <div className="library-card__actions">
          <Link href={libraryOpenPath(item)} className="button" aria-label={`Open ${title}`}>Open</Link>
          {item.downloadAssetId && item.downloadName ? (
            <AssetDownloadLink assetId={item.downloadAssetId} name={item.downloadName} label="Download" className="button" ariaLabel={`Download ${title}`} />
          ) : null}
          <JobActions job={{ id: item.jobId, state: item.state }} name={title} onChange={onChange} />
        </div>
      )}
    </li>
  );
}
