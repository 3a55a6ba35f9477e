/** One job in the list: its picture, title, studio, state, age and progress, and what can be done to it. */
import type { Job } from '../api/api-types.ts';
import { AssetThumbnail } from '../components/asset-thumbnail.tsx';
import { formatDateTime, formatRelativeTime } from '../components/format-time.ts';
import { JobStateBadge, stateTone } from '../components/job-state-badge.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { Link } from '../router.tsx';
import { pipelineTitle } from '../studios/pipeline-title.ts';
import { JobActions, type JobChange } from './job-actions.tsx';
import { jobTitle } from './job-title.ts';

export function JobListItem({ job, now, onChange }: { job: Job; now: number; onChange(change: JobChange): void }) {
  const title = jobTitle(job);
  const active = job.state === 'queued' || job.state === 'running';
  return (
    <li className="job-item" data-testid="job-item" data-job-id={job.id} data-state={job.state}>
      <AssetThumbnail assetId={job.thumbnailAssetId} className="job-item__thumbnail" />
      <div className="job-item__main">
        <Link href={`/jobs/${encodeURIComponent(job.id)}`} className="job-item__title">{title}</Link>
        <p className="job-item__facts">
          <span>{pipelineTitle(job.pipeline)}</span>
          <JobStateBadge state={job.state} />
          <time dateTime={job.createdAt} title={formatDateTime(job.createdAt)}>{formatRelativeTime(job.createdAt, now)}</time>
          {job.state === 'queued' && job.queuePosition ? <span>{job.queuePosition === 1 ? 'next in line' : `number ${job.queuePosition} in line`}</span> : null}
        </p>
        {active ? (
          <div className="progress-with-value">
            <ProgressBar value={job.progress} label={`Progress of ${title}`} tone={stateTone(job.state)} />
            <span className="progress-value">{Math.round(job.progress * 100)}%</span>
          </div>
        ) : null}
        {job.state === 'failed' && job.error ? <p className="job-item__error">{job.error.message}</p> : null}
      </div>
      <JobActions job={job} name={title} onChange={onChange} />
    </li>
  );
}
