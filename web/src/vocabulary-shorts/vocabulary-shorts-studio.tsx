/**
 * Shorts and chapters from a stream recording: upload the recording and its Japanese subtitles (and
 * a chat log if there is one), see the proposed clips on a timeline with why each was chosen, move,
 * drop or add clips, then render the chosen ones and follow each render. The job sits in the
 * address (`?job=`): a plan or a render is a job like any other studio's, so a reload or the
 * Library comes back to the same plan, clips and shorts.
 */
import { useEffect, useRef, useState } from 'react';
import type { Job } from '../api/api-types.ts';
import { deletedJob, useLibraryChanges } from '../api/library-changes.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { CancelJobButton } from '../components/cancel-job-button.tsx';
import { useFocusOnStart } from '../components/use-focus-on-start.ts';
import { ProgressBar } from '../components/progress-bar.tsx';
import { useSubmit } from '../components/use-submit.ts';
import { Link } from '../router.tsx';
import { ClipTimeline, clipProblem } from './clip-timeline.tsx';
import { assetContentPath, renderChosenClips, type ShortsOutput, type TimelineClip } from './shorts-api.ts';
import { ShortsMadeList } from './shorts-made-list.tsx';
import { ShortsUploadForm } from './shorts-upload-form.tsx';
import { useFollowedJob } from './use-followed-job.ts';
import './vocabulary-shorts.css';

const stamp = (seconds: number) => `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
const jobIdFromAddress = () => new URLSearchParams(window.location.search).get('job') ?? undefined;
type ShortsJobInput = { recordingAssetId: string; transcriptAssetId: string; chatAssetId?: string; planOnly?: boolean; width?: number; height?: number };

export function VocabularyShortsStudio() {
  const [jobId, setJobId] = useState(jobIdFromAddress);
  const { job, error: followError } = useFollowedJob(jobId);
  // The planning line, then "Your shorts" once a render runs: whichever shows takes the focus.
  const jobHeading = useFocusOnStart(jobId);
  // When the planning line that held the focus gives way to the clips, their heading takes it.
  const clipsHeading = useRef<HTMLHeadingElement>(null);
  const startedHere = useRef(false);
  const [goneJobId, setGoneJobId] = useState<string>();
  // The plan on show and the job that made it: kept while a render started from it runs.
  const [shown, setShown] = useState<{ plan: ShortsOutput; input: ShortsJobInput }>();
  const [clips, setClips] = useState<TimelineClip[]>([]);
  const [size, setSize] = useState('1080x1920');
  const gone = jobId !== undefined && (goneJobId === jobId || followError?.status === 404);

  useEffect(() => {
    const onBack = () => setJobId(jobIdFromAddress());
    window.addEventListener('popstate', onBack);
    return () => window.removeEventListener('popstate', onBack);
  }, []);
  useLibraryChanges((change) => {
    if (jobId && deletedJob(change, jobId)) setGoneJobId(jobId);
  });
  useEffect(() => {
    if (job?.state !== 'succeeded' || job.id !== jobId) return;
    const plan = job.output as ShortsOutput;
    const input = job.input as ShortsJobInput;
    setShown({ plan, input });
    setClips(plan.clips.map((clip) => ({ key: `plan-${clip.index}`, start: clip.start, end: clip.end, score: clip.score, title: clip.title })));
    if (input.width && input.height) setSize(`${input.width}x${input.height}`);
  }, [job?.state, job?.id, jobId]);

  const open = (opened: Job) => {
    startedHere.current = true;
    window.history.pushState(null, '', `/vocabulary/shorts?job=${encodeURIComponent(opened.id)}`);
    setJobId(opened.id);
  };
  const render = useSubmit(async () => {
    if (!shown) return;
    const [width, height] = size.split('x').map(Number);
    // Only the sources: the plan job's own `planOnly` and `count` must not carry over.
    const { recordingAssetId, transcriptAssetId, chatAssetId } = shown.input;
    open(await renderChosenClips({ recordingAssetId, transcriptAssetId, ...(chatAssetId ? { chatAssetId } : {}), width, height, clips: clips.map(({ start, end }) => ({ start, end })) }));
  });

  const plan = shown?.plan;
  useEffect(() => {
    if (plan && startedHere.current && document.activeElement === document.body) clipsHeading.current?.focus();
  }, [plan]);
  const problems = clips.some((clip) => clipProblem(clip, clips, plan?.recordingSeconds ?? 0));
  const rendering = job && !(job.input as ShortsJobInput).planOnly ? job : undefined;
  const stopped = job?.state === 'failed' || job?.state === 'cancelled';
  return (
    <section className="shorts-studio" aria-label="Shorts and chapters">
      <ShortsUploadForm size={size} onSize={setSize} onPlanned={(planned) => { setShown(undefined); open(planned); }} />
      {gone ? (
        <section className="card" data-testid="shorts-gone">
          <h2>These shorts are gone</h2>
          <p>They were deleted, with their files, or the link is to shorts that are not yours. Plan new ones above, or find
            what you made in your <Link href="/library">Library</Link>.</p>
        </section>
      ) : null}
      {!gone && followError ? <ApiErrorMessage error={followError} action="Could not follow the job" /> : null}
      {!gone && job && job.state !== 'succeeded' && !rendering ? (
        <div className="card" aria-live="polite">
          <p ref={jobHeading} tabIndex={-1}>{stopped ? `Planning stopped: ${job.error?.message ?? job.state}` : 'Choosing the clips…'}</p>
          <ProgressBar value={job.progress} label="Planning" tone={stopped ? 'failed' : 'active'} />
          <CancelJobButton job={job} what="the plan" />
        </div>
      ) : null}
      {!gone && plan ? (
        <section className="card" aria-labelledby="shorts-clips-heading">
          <h2 id="shorts-clips-heading" ref={clipsHeading} tabIndex={-1}>The clips</h2>
          <ClipTimeline seconds={plan.recordingSeconds} clips={clips} chapters={plan.chapters} onChange={setClips} />
          {render.error ? <ApiErrorMessage error={render.error} action="Could not render the clips" /> : null}
          <button type="button" className="button button--primary" onClick={() => void render.run()} disabled={clips.length === 0 || problems || render.busy}>
            Render {clips.length} {clips.length === 1 ? 'clip' : 'clips'}
          </button>
          <h3>Chapters</h3>
          <pre className="shorts-studio__chapters" data-testid="chapters">{plan.chapters.map((chapter) => `${stamp(chapter.start)} ${chapter.title}`).join('\n')}</pre>
          <p><a href={assetContentPath(plan.planAssetId)} download="edit-points.json">Download edit-points.json</a> (chapters and edit points for a video editor)</p>
        </section>
      ) : null}
      {!gone && rendering ? (
        <section className="card" aria-labelledby="shorts-made-heading" aria-live="polite">
          <h2 id="shorts-made-heading" ref={jobHeading} tabIndex={-1}>Your shorts</h2>
          <CancelJobButton job={rendering} what="the shorts" />
          {/* Cancelled says so too: the button is gone, and an empty list alone would look like a hang. */}
          {rendering.state === 'failed' || rendering.state === 'cancelled' ? <p role="alert">The shorts were not made: {rendering.error?.message ?? 'they were cancelled.'}</p> : null}
          <ShortsMadeList job={rendering} />
        </section>
      ) : null}
    </section>
  );
}
