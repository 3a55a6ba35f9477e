/**
 * Follows a story job live (the job page's event stream) until the story can be read: the heading
 * says where the story stands, one line says what is being done now, and each picture appears as
 * soon as it is drawn. The full step list stays one click away.
 */
import { useEffect, useState, type Ref } from 'react';
import type { ApiError } from '../api/api-error.ts';
import type { Job, JobState } from '../api/api-types.ts';
import { watchJob } from '../api/watch-job.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { MadeByNotice } from '../components/made-by-notice.tsx';
import { AssetThumbnail } from '../components/asset-thumbnail.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { listJobAssets } from '../music-video/music-video-api.ts';
import { JobStepList } from '../pages/job-step-list.tsx';
import { CancelJobButton } from '../components/cancel-job-button.tsx';
import { Link } from '../router.tsx';
import { describeStep } from '../components/describe-step.ts';

const headings: Record<JobState, string> = {
  queued: 'Waiting to start the story',
  running: 'Writing the story',
  succeeded: 'The story is ready',
  failed: 'The story could not be finished',
  cancelled: 'The story was cancelled',
};

export function StoryProgress({ jobId, onFinished, headingRef }: { jobId: string; onFinished(job: Job): void; headingRef?: Ref<HTMLHeadingElement> }) {
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<ApiError>();
  const [announcement, setAnnouncement] = useState('Starting the story.');
  const [pictures, setPictures] = useState<string[]>([]);

  useEffect(() => {
    setJob(undefined);
    const controller = new AbortController();
    const loadPictures = () => listJobAssets(jobId, controller.signal).then(
      (assets) => setPictures(assets.filter((asset) => asset.mediaType.startsWith('image/')).reverse().map((asset) => asset.id)),
      () => undefined,
    );
    void loadPictures();
    const stop = watchJob(jobId, {
      onJob: setJob,
      onEvent: (event, current) => {
        if (event.type === 'step-start') setAnnouncement(`${describeStep('story', event.step)}.`);
        if (event.type === 'step-end' && event.step.startsWith('illustrate-')) void loadPictures();
        if (event.type === 'job-end') {
          setAnnouncement('The story is ready.');
          onFinished(current);
        }
        if (event.type === 'job-error') setAnnouncement(`The story could not be finished: ${event.message}`);
      },
      onError: setError,
    });
    return () => {
      controller.abort();
      stop();
    };
    // onFinished is a fresh function on each render; following the job depends on its id alone.
  }, [jobId]);

  const storyId = (job?.output as { storyId?: string } | null | undefined)?.storyId;
  const tone = job?.state === 'failed' || job?.state === 'cancelled' ? 'failed' : job?.state === 'succeeded' ? 'done' : 'active';
  const running = job?.steps.filter((step) => step.state === 'running') ?? [];
  const done = job?.steps.filter((step) => step.state === 'succeeded' || step.state === 'skipped').length ?? 0;
  return (
    <section className="card story-progress" aria-labelledby="story-progress">
      <h2 id="story-progress" ref={headingRef} tabIndex={-1}>{job ? headings[job.state] : 'Following the story…'}</h2>
      <CancelJobButton job={job} what="this story" />
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
      {error ? <ApiErrorMessage error={error} action="Could not follow the story" /> : null}
      {job && (job.state === 'running' || job.state === 'queued') ? (
        <p className="story-progress__now" data-testid="story-step-now">
          {job.state === 'queued'
            ? job.queuePosition && job.queuePosition > 1 ? `Number ${job.queuePosition} in line.` : 'Next in line.'
            : running.length > 0 ? `${running.map((step) => describeStep('story', step.name)).join(' · ')}…` : 'Between steps…'}
          <span className="muted"> {done} of {job.steps.length} steps done</span>
        </p>
      ) : null}
      <div className="progress-with-value progress-with-value--large">
        <ProgressBar value={job?.progress ?? 0} label="Story progress" tone={tone} />
        <span className="progress-value">{Math.round((job?.progress ?? 0) * 100)}%</span>
      </div>
      {pictures.length > 0 ? (
        <ul className="story-progress__pictures" aria-label="Pictures drawn so far">
          {pictures.map((assetId) => <li key={assetId}><AssetThumbnail assetId={assetId} className="story-progress__picture" /></li>)}
        </ul>
      ) : null}
      {job?.error ? (
        <div className="notice notice--error" role="alert"><p>{job.error.message}</p></div>
      ) : null}
      {job ? <MadeByNotice steps={job.steps} /> : null}
      {storyId ? (
        <p className="story-ready"><Link className="button button--primary" href={`/story/${encodeURIComponent(storyId)}`}>Read the story</Link></p>
      ) : null}
      <details className="disclosure">
        <summary>All steps</summary>
        {job ? <JobStepList pipeline="story" steps={job.steps} /> : <p className="muted">Connecting…</p>}
      </details>
      <p className="hint"><Link href={`/jobs/${encodeURIComponent(jobId)}`}>Open the job page</Link> for timings and the full record.</p>
    </section>
  );
}
