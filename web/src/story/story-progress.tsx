/** Follows a story job live (the job page's event stream) until the story can be read. */
import { useEffect, useState } from 'react';
import type { ApiError } from '../api/api-error.ts';
import type { Job } from '../api/api-types.ts';
import { watchJob } from '../api/watch-job.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { JobStepList } from '../pages/job-step-list.tsx';
import { Link } from '../router.tsx';

export function StoryProgress({ jobId, onFinished }: { jobId: string; onFinished(job: Job): void }) {
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<ApiError>();
  const [announcement, setAnnouncement] = useState('Starting the story.');

  useEffect(() => {
    setJob(undefined);
    const stop = watchJob(jobId, {
      onJob: setJob,
      onEvent: (event, current) => {
        if (event.type === 'step-end') setAnnouncement(`Step ${event.step} finished.`);
        if (event.type === 'job-end') {
          setAnnouncement('The story is ready.');
          onFinished(current);
        }
        if (event.type === 'job-error') setAnnouncement(`The story could not be finished: ${event.message}`);
      },
      onError: setError,
    });
    return stop;
    // onFinished is a fresh function on each render; following the job depends on its id alone.
  }, [jobId]);

  const storyId = (job?.output as { storyId?: string } | null | undefined)?.storyId;
  const tone = job?.state === 'failed' || job?.state === 'cancelled' ? 'failed' : job?.state === 'succeeded' ? 'done' : 'active';
  return (
    <section className="card" aria-labelledby="story-progress">
      <h2 id="story-progress">Writing the story</h2>
      <p className="visually-hidden" aria-live="polite">{announcement}</p>
      {error ? <ApiErrorMessage error={error} action="Could not follow the story" /> : null}
      <div className="progress-with-value progress-with-value--large">
        <ProgressBar value={job?.progress ?? 0} label="Story progress" tone={tone} />
        <span className="progress-value">{Math.round((job?.progress ?? 0) * 100)}%</span>
      </div>
      {job?.error ? (
        <div className="notice notice--error" role="alert"><p>{job.error.message}</p></div>
      ) : null}
      {storyId ? (
        <p className="story-ready"><Link className="button button--primary" href={`/story/${encodeURIComponent(storyId)}`}>Read the story</Link></p>
      ) : null}
      <details className="disclosure">
        <summary>Steps</summary>
        {job ? <JobStepList steps={job.steps} /> : <p className="muted">Connecting…</p>}
      </details>
      <p className="hint"><Link href={`/jobs/${encodeURIComponent(jobId)}`}>Open the job page</Link> for timings and the full record.</p>
    </section>
  );
}
