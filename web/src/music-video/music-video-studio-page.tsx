/**
 * The Music video studio: upload a song and character pictures, then watch the job: the song's
 * intensity chart once it is analysed, each step's live progress, the pictures as they are drawn,
 * and finally the video to play and download. The job id sits in the address (`?job=`), so a
 * reload or a shared link comes back to the same job.
 */
import { useEffect, useState } from 'react';
import type { Job } from '../api/api-types.ts';
import type { MusicVideoOutput } from '../../../src/pipelines/music-video/music-video-pipeline.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { CancelJobButton } from '../components/cancel-job-button.tsx';
import { useFocusOnStart } from '../components/use-focus-on-start.ts';
import { usePageTitle } from '../components/use-page-title.ts';
import { JobStepList } from '../pages/job-step-list.tsx';
import { describeStep } from '../components/describe-step.ts';
import { MadeByNotice } from '../components/made-by-notice.tsx';
import { Link } from '../router.tsx';
import { StudioEmblem } from '../studios/studio-emblem.tsx';
import { IntensityChart } from './intensity-chart.tsx';
import { MomentGallery } from './moment-gallery.tsx';
import { MusicVideoForm, type ReusedSong } from './music-video-form.tsx';
import { MusicVideoEditor } from './music-video-editor.tsx';
import { MusicVideoLibrary } from './music-video-library.tsx';
import { MusicVideoPlayer } from './music-video-player.tsx';
import { useMusicVideoJob } from './use-music-video-job.ts';
import './music-video.css';

function jobIdFromAddress(): string | undefined {
  return new URLSearchParams(window.location.search).get('job') ?? undefined;
}

export function MusicVideoStudioPage() {
  usePageTitle('Music video');
  const [jobId, setJobId] = useState(jobIdFromAddress);
  const view = useMusicVideoJob(jobId);
  const jobHeading = useFocusOnStart(jobId);
  const { job, analysis } = view;

  useEffect(() => {
    const onBack = () => setJobId(jobIdFromAddress());
    window.addEventListener('popstate', onBack);
    return () => window.removeEventListener('popstate', onBack);
  }, []);

  function open(id: string) {
    window.history.pushState(null, '', `/music-video?job=${encodeURIComponent(id)}`);
    setJobId(id);
  }
  const started = (created: Job) => open(created.id);

  const input = job?.input as {
    songAssetId?: string; characterAssetIds?: string[]; style?: string; moments?: number; bpm?: number; width?: number; height?: number; fps?: number;
    editOf?: string; edits?: { barOneSeconds?: number };
  } | undefined;
  const finished = job?.state === 'succeeded' && job.id === jobId ? job.output as MusicVideoOutput | null : undefined;
  const reuse: ReusedSong | undefined = job && input?.songAssetId && job.state !== 'queued' && job.state !== 'running'
    ? {
      songAssetId: input.songAssetId, characterAssetIds: input.characterAssetIds ?? [], label: input.style ? `last style: ${input.style}` : 'the same song',
      moments: input.moments ?? 7, bpm: input.bpm, foundBpm: analysis?.tempo.bpm, width: input.width, height: input.height, fps: input.fps,
    }
    : undefined;

  return (
    <article className="studio studio--music-video music-video-studio">
      <header className="page-header">
        <StudioEmblem pipelineId="music-video" className="studio__emblem" />
        <div>
          <h1>Music video</h1>
          <p className="page-header__lead">A song and a few character pictures become a video whose cuts land on the beat.</p>
        </div>
      </header>

      <MusicVideoForm onStarted={started} />

      {jobId && view.gone ? (
        <section className="card" aria-labelledby="music-video-job" data-testid="music-video-gone">
          <h2 id="music-video-job" ref={jobHeading} tabIndex={-1}>This video is gone</h2>
          <p className="visually-hidden" aria-live="polite">{view.announcement}</p>
          <p>It was deleted, with its files, or the link is to a video that is not yours. Make a new one above, or find
            what you made in your <Link href="/library">Library</Link>.</p>
        </section>
      ) : null}

      {jobId && !view.gone ? (
        <section className="card" aria-labelledby="music-video-job">
          <h2 id="music-video-job" ref={jobHeading} tabIndex={-1}>Your video</h2>
          <p className="visually-hidden" aria-live="polite">{view.announcement}</p>
          <CancelJobButton job={job} what="this video" />
          {view.error ? <ApiErrorMessage error={view.error} action="Could not follow the job" /> : null}
          {job?.error ? (
            <div className="notice notice--error" role="alert">
              <p><strong>{job.state === 'cancelled' ? 'Cancelled' : 'Failed'}</strong>{job.error.step ? <> while {describeStep(job.pipeline, job.error.step).toLowerCase()}</> : null}: {job.error.message}</p>
            </div>
          ) : null}
          <p className="hint"><Link href={`/jobs/${encodeURIComponent(jobId)}`}>Open the job page</Link> for timings and the full record.</p>

          <h3>The song</h3>
          {analysis ? <IntensityChart analysis={analysis} /> : <p className="muted">The chart appears once the song is analysed.</p>}

          <h3>Progress</h3>
          {job ? <JobStepList pipeline={job.pipeline} steps={job.steps} /> : <p className="muted">Connecting…</p>}
          {job ? <MadeByNotice steps={job.steps} /> : null}

          <h3>Key moments</h3>
          <MomentGallery images={view.images} expected={analysis?.key_moments.length} />

          <h3>The video</h3>
          {view.video ? <MusicVideoPlayer video={view.video} thumbnail={view.thumbnail} /> : <p className="muted">The video appears here when it is ready.</p>}
          {finished?.shots && input?.editOf ? <ShotsReused shots={finished.shots} /> : null}

          {finished && analysis && jobId ? (
            <MusicVideoEditor key={jobId} jobId={jobId} output={finished} fps={input?.fps ?? 24} barOneSeconds={input?.edits?.barOneSeconds}
              analysis={analysis} images={view.images} onStarted={started} />
          ) : null}
        </section>
      ) : null}

      {reuse ? <MusicVideoForm key={`reuse-${jobId}`} onStarted={started} reuse={reuse} /> : null}

      <MusicVideoLibrary refreshKey={`${jobId ?? ''}:${view.video?.id ?? ''}`} onOpen={open} />
    </article>
  );
}

/** What the edit cost: the shots taken from the earlier render and those rendered again. */
function ShotsReused({ shots }: { shots: { reused: number[]; rendered: number[] } }) {
  const total = shots.reused.length + shots.rendered.length;
  const names = shots.rendered.map((shot) => shot + 1).join(', ');
  return (
    <p className="notice" data-testid="shots-reused">
      {shots.reused.length} of {total} shots were reused from the video this corrects;{' '}
      {shots.rendered.length === 0 ? 'none was rendered again.' : `${shots.rendered.length === 1 ? 'shot' : 'shots'} ${names} ${shots.rendered.length === 1 ? 'was' : 'were'} rendered again.`}
    </p>
  );
}
