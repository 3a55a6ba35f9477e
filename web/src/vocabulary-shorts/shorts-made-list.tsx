/**
 * The shorts a render job makes, one card each: while it runs, where each short is in words
 * ("Waiting its turn", "Being made"); once done, its player with a real frame as the poster (the
 * frame ffmpeg took, so nothing shows as an empty box before the video loads) and its download.
 */
import type { Job } from '../api/api-types.ts';
import { ProgressBar } from '../components/progress-bar.tsx';
import { stateTone } from '../components/job-state-badge.tsx';
import { assetContentPath, type ShortsOutput } from './shorts-api.ts';

const fileName = (index: number) => `short-${String(index).padStart(2, '0')}.mp4`;

function stepWords(step: Job['steps'][number]): string {
  switch (step.state) {
    case 'pending': return 'Waiting its turn';
    case 'running': return 'Being made';
    case 'succeeded': return step.cached ? 'Ready (made before, reused)' : 'Ready';
    case 'failed': return `Could not be made: ${step.error?.message ?? 'see the job page'}`;
    default: return 'Not made';
  }
}

export function ShortsMadeList({ job }: { job: Job }) {
  const output = job.state === 'succeeded' ? (job.output as ShortsOutput) : undefined;
  const renders = job.steps.filter((step) => step.name.startsWith('render') && step.state !== 'skipped');
  if (output) {
    return (
      <ul className="shorts-made" data-testid="shorts-made">
        {output.shorts.map((short) => (
          <li key={short.assetId} className="shorts-made__item">
            <video data-testid="short-video" src={assetContentPath(short.assetId)} poster={assetContentPath(short.posterAssetId)} controls preload="metadata"
              aria-label={`Short ${short.index}: ${short.title}`} />
            <p><strong>Short {short.index}</strong> {short.title}</p>
            <a className="button" href={`${assetContentPath(short.assetId)}?download=1`}>Download {fileName(short.index)}</a>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="shorts-made shorts-made--progress" data-testid="render-progress">
      {renders.map((step) => {
        const index = Number(/(\d+)$/.exec(step.name)?.[1] ?? 0);
        return (
          <li key={step.name} className="shorts-made__item" data-step={step.name}>
            <p><strong>Short {index}</strong> <span data-testid="short-state">{stepWords(step)}</span></p>
            <ProgressBar value={step.state === 'succeeded' ? 1 : step.progress} label={`Short ${index}`} tone={stateTone(step.state)} />
          </li>
        );
      })}
    </ul>
  );
}
