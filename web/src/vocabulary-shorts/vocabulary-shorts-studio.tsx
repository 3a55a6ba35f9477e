/**
 * Shorts and chapters from a stream recording: upload the recording and its Japanese subtitles (and
 * a chat log if there is one), see the proposed clips on a timeline with their scores, move, drop
 * or add clips, then render the chosen ones and follow each render. A component the vocabulary
 * page can include; it also has its own route, /vocabulary/shorts.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.ts';
import { ApiErrorMessage } from '../components/api-error-message.tsx';
import { ProgressBar } from '../components/progress-bar.tsx';
import { describeStep } from '../components/describe-step.ts';
import { JobStateBadge } from '../components/job-state-badge.tsx';
import { ClipTimeline, clipProblem } from './clip-timeline.tsx';
import { assetContentPath, renderChosenClips, uploadForPlan, type ShortsOutput, type TimelineClip } from './shorts-api.ts';
import { useFollowedJob } from './use-followed-job.ts';
import './vocabulary-shorts.css';

const asApiError = (reason: unknown) => (reason instanceof ApiError ? reason : new ApiError('internal', String(reason), 0));
const stamp = (seconds: number) => `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

export function VocabularyShortsStudio() {
  const [uploadProgress, setUploadProgress] = useState<number>();
  const [planJobId, setPlanJobId] = useState<string>();
  const [renderJobId, setRenderJobId] = useState<string>();
  const [clips, setClips] = useState<TimelineClip[]>([]);
  const [error, setError] = useState<ApiError>();
  const [size, setSize] = useState('1080x1920');
  const planned = useFollowedJob(planJobId);
  const rendering = useFollowedJob(renderJobId);
  const plan = planned.job?.state === 'succeeded' ? (planned.job.output as ShortsOutput) : undefined;

  useEffect(() => {
    if (plan) setClips(plan.clips.map((clip) => ({ key: `plan-${clip.index}`, start: clip.start, end: clip.end, score: clip.score.total, title: clip.title })));
  }, [plan]);

  const propose = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chat = form.get('chat');
    if (chat instanceof File && chat.size === 0) form.delete('chat');
    // Text fields first: the server reads the form in order.
    const ordered = new FormData();
    ordered.append('planOnly', 'true');
    for (const name of ['recording', 'transcript', 'chat']) if (form.get(name)) ordered.append(name, form.get(name)!);
    setError(undefined);
    setRenderJobId(undefined);
    setUploadProgress(0);
    try {
      setPlanJobId((await uploadForPlan(ordered, setUploadProgress)).id);
    } catch (reason) {
      setError(asApiError(reason));
    } finally {
      setUploadProgress(undefined);
    }
  };

  const render = async () => {
    if (!planned.job) return;
    const input = planned.job.input as { recordingAssetId: string; transcriptAssetId: string; chatAssetId?: string };
    setError(undefined);
    try {
      const [width, height] = size.split('x').map(Number);
      // Only the sources: the plan job's own `planOnly` and `count` must not carry over.
      const sources = { recordingAssetId: input.recordingAssetId, transcriptAssetId: input.transcriptAssetId, ...(input.chatAssetId ? { chatAssetId: input.chatAssetId } : {}) };
      const job = await renderChosenClips({ ...sources, width, height, clips: clips.map(({ start, end }) => ({ start, end })) });
      setRenderJobId(job.id);
    } catch (reason) {
      setError(asApiError(reason));
    }
  };

  const problems = clips.some((clip) => clipProblem(clip, clips, plan?.recordingSeconds ?? 0));
  const renderOutput = rendering.job?.state === 'succeeded' ? (rendering.job.output as ShortsOutput) : undefined;
  return (
    <section className="shorts-studio" aria-labelledby="shorts-heading">
      <h2 id="shorts-heading">Shorts and chapters</h2>
      <form onSubmit={propose} className="shorts-studio__form">
        <label>Recording <input type="file" name="recording" accept="video/*,audio/*" required /></label>
        <label>Japanese subtitles <input type="file" name="transcript" accept=".vtt,.srt,.ass,.json,.txt" required /></label>
        <label>Chat log (optional) <input type="file" name="chat" accept=".txt,.log" /></label>
        <label>Size <select value={size} onChange={(event) => setSize(event.target.value)}>
          <option value="1080x1920">1080×1920 (Shorts, Reels, TikTok)</option>
          <option value="540x960">540×960 (quick preview)</option>
        </select></label>
        <button type="submit" disabled={uploadProgress !== undefined}>Propose shorts</button>
        {uploadProgress !== undefined && <ProgressBar value={uploadProgress} label="Upload" />}
      </form>
      {(error ?? planned.error ?? rendering.error) && <ApiErrorMessage error={(error ?? planned.error ?? rendering.error)!} />}
      {planned.job && !plan && (
        <div aria-live="polite">
          <p>{planned.job.state === 'failed' ? `Planning failed: ${planned.job.error?.message}` : 'Planning the shorts…'}</p>
          <ProgressBar value={planned.job.progress} label="Planning" tone={planned.job.state === 'failed' ? 'failed' : 'active'} />
        </div>
      )}
      {plan && (
        <>
          <p>Score = 0.5 × new expressions + 0.3 × loudness + 0.2 × chat laughter (0.6 / 0.4 without a chat log), each 0–1 relative to this recording.</p>
          <ClipTimeline seconds={plan.recordingSeconds} clips={clips} chapters={plan.chapters} onChange={setClips} />
          <button type="button" onClick={render} disabled={clips.length === 0 || problems}>Render {clips.length} {clips.length === 1 ? 'clip' : 'clips'}</button>
          <h3>Chapters</h3>
          <pre data-testid="chapters">{plan.chapters.map((chapter) => `${stamp(chapter.start)} ${chapter.title}`).join('\n')}</pre>
          <p><a href={assetContentPath(plan.planAssetId)} download="edit-points.json">Download edit-points.json</a></p>
        </>
      )}
      {rendering.job && (
        <div aria-live="polite" data-testid="render-progress">
          <ProgressBar value={rendering.job.progress} label="Rendering" tone={rendering.job.state === 'failed' ? 'failed' : rendering.job.state === 'succeeded' ? 'done' : 'active'} />
          <ul>
            {rendering.job.steps.filter((step) => step.name.startsWith('render')).map((step) => (
              <li key={step.name} data-step={step.name}>{describeStep('vocabulary-shorts', step.name)}: {step.cached ? 'reused from an earlier run' : <JobStateBadge state={step.state} />}</li>
            ))}
          </ul>
          {rendering.job.state === 'failed' && <p role="alert">Rendering failed: {rendering.job.error?.message}</p>}
        </div>
      )}
      {renderOutput && (
        <ul className="shorts-studio__videos">
          {renderOutput.shorts.map((short) => (
            <li key={short.assetId}>
              <video data-testid="short-video" src={assetContentPath(short.assetId)} controls preload="metadata" width={180} />
              <a href={`${assetContentPath(short.assetId)}?download=1`}>Download short-{String(short.index).padStart(2, '0')}.mp4</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
