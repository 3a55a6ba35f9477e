import { definePipeline } from '../../../engine/define-pipeline.ts';
import { planStep } from './plan-step.ts';
import { renderStep } from './render-step.ts';
import { clipsToRender, mostClips, shortsInputSchema, type ShortsInput, type ShortsPlan } from './shorts-contracts.ts';

/** What a `vocabulary-shorts` job answers with: the plan, and each rendered short's asset. */
export interface ShortsOutput extends ShortsPlan {
  planAssetId: string;
  /** Each short's video, its poster frame and the title of its clip. */
  shorts: { index: number; assetId: string; posterAssetId: string; title: string; start: number; end: number }[];
  /** The first short's poster frame, the job's picture in the Library; null when nothing was rendered. */
  thumbnailAssetId: string | null;
}

const renderInput = (job: ShortsInput, index: number, clip: { start: number; end: number }) => ({
  recordingAssetId: job.recordingAssetId, transcriptAssetId: job.transcriptAssetId, format: job.format,
  index, start: clip.start, end: clip.end, width: job.width, height: job.height,
});

const clipNumbers = Array.from({ length: mostClips }, (_, index) => index + 1);
const renderNodeNames = clipNumbers.flatMap((index) => [`render-${index}`, `render-proposed-${index}`] as const);

/**
 * Shorts, chapters and edit points from a stream recording and its transcript: `plan` (score the
 * spans, chapters, edit points) → `render-proposed-1` … `-N`, one per proposed clip; or, for clips the
 * user chose, `render-1` … `render-N` beside the plan.
 */
export const shortsPipeline = definePipeline({
  id: 'vocabulary-shorts',
  description: 'Proposes vertical shorts (scored by new expressions, loudness and chat laughter), chapters and edit points from a Japanese stream recording, and renders the shorts with Japanese and English subtitles.',
  input: shortsInputSchema,
})
  .node('plan', {
    step: planStep,
    input: (job) => ({
      recordingAssetId: job.recordingAssetId, transcriptAssetId: job.transcriptAssetId, format: job.format, chatAssetId: job.chatAssetId,
      count: job.count, clips: job.clips, mustFit: !job.planOnly,
    }),
  })
  // Every possible render node is in the graph; `when` keeps those the job renders. Clips the user
  // chose render from the job's input alone, so they do not wait for the plan and their cache entries
  // outlive a change to any other clip; proposed clips wait for the plan that chooses them.
  .forEach(clipNumbers, (graph, index) => graph.node(`render-${index}`, {
    step: renderStep,
    when: (job) => Boolean(job.clips) && index <= clipsToRender(job),
    // Present: `when` renders a chosen clip only when the job names clips.
    input: (job) => renderInput(job, index, job.clips![index - 1]),
  }))
  .forEach(clipNumbers, (graph, index) => graph.node(`render-proposed-${index}`, {
    step: renderStep,
    after: ['plan'],
    when: (job) => !job.clips && index <= clipsToRender(job),
    input: (job, upstream) => renderInput(job, index, upstream.plan.clips[index - 1]),
  }))
  .output((_job, outputs): ShortsOutput => {
    const { planAssetId, ...plan } = outputs.plan;
    const shorts = renderNodeNames.flatMap((name) => outputs[name] ?? []).sort((a, b) => a.index - b.index);
    return { ...plan, planAssetId, shorts, thumbnailAssetId: shorts[0]?.posterAssetId ?? null };
  });
