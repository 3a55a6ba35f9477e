import { definePipeline } from '../../engine/define-pipeline.ts';
import { analyzeStep } from './analyze-step.ts';
import { imagesStep } from './images-step.ts';
import { musicVideoInputSchema } from './music-video-input.ts';
import { videoStep } from './video-step.ts';

/** What a finished music video job answers with: asset ids and a few facts. */
export interface MusicVideoOutput {
  videoAssetId: string;
  thumbnailAssetId: string;
  analysisAssetId: string;
  imageAssetIds: string[];
  /** The pictures as drawn, swaps left out: an edit that draws some again reuses the rest. */
  drawnImageAssetIds?: string[];
  /** Seconds; the video is as long as the song. */
  duration: number;
  bpm: number;
  /** Seconds of every shot change after the opening, each on a bar (plus the offset asked for). */
  cuts: number[];
  /** The shot changes that switch the picture at once (cuts and whip pans); the rest dissolve. */
  hardCuts: number[];
  /** Which shots (by position) this render took from clips rendered before, and which it rendered; absent for ComfyUI motion. */
  shots?: { reused: number[]; rendered: number[] };
  /** The picture each shot shows (a position in `imageAssetIds`), so an editor can say which shots a swap touches; absent from videos cached before it was listed. */
  shotPictures?: number[];
  /** What the pictures could not show as asked: style words with no drawing, character pictures with no usable subject. */
  warnings: { setting: string; message: string }[];
}

/**
 * The music video studio: `analyze` (tempo, beats, sections, key moments) → `images` (one picture per key
 * moment and per section no moment opens, each section in its own place and time, with the characters) → `video` (motion, cuts on beats, the song muxed in). Each step's
 * input names only what it depends on, so a new style redraws the pictures and the video but reuses
 * the analysis, and a new beat offset reuses the pictures too.
 */
export const musicVideoPipeline = definePipeline({
  id: 'music-video',
  description: 'Turns a song and a few character images into a video with one scene per key moment, cut to the beat.',
  input: musicVideoInputSchema,
})
  .node('analyze', {
    step: analyzeStep,
    input: (job) => ({ songAssetId: job.songAssetId, moments: job.moments, ...(job.bpm === undefined ? {} : { bpm: job.bpm }) }),
  })
  .node('images', {
    step: imagesStep,
    after: ['analyze'],
    input: (job, upstream) => ({
      moments: upstream.analyze.moments,
      sections: upstream.analyze.sections,
      style: job.style,
      characterAssetIds: job.characterAssetIds,
      width: job.width,
      height: job.height,
      dance: job.dance && job.motion === 'builtin',
      // Only with pictures to draw anew, so every other video (and edit) keeps its cache key.
      ...(job.edits && (job.edits.regeneratePictures.length > 0 || job.edits.sectionStyles.length > 0)
        ? { regeneratePictures: job.edits.regeneratePictures, sectionStyles: job.edits.sectionStyles, picturesFrom: job.picturesFrom ?? [] } : {}),
    }),
  })
  .node('video', {
    step: videoStep,
    after: ['analyze', 'images'],
    input: (job, upstream) => ({
      songAssetId: job.songAssetId,
      analysisAssetId: upstream.analyze.analysisAssetId,
      // A swapped picture changes only the video's input: the other pictures stay as drawn.
      images: upstream.images.images.map((image, index) => {
        const swap = job.edits?.swapPictures.findLast((picture) => picture.moment === index);
        return swap ? { ...image, assetId: swap.assetId } : image;
      }),
      dancers: upstream.images.dancers ?? [],
      width: job.width,
      height: job.height,
      fps: job.fps,
      beatOffsetSeconds: job.beatOffsetSeconds,
      motion: job.motion,
      style: job.style,
      // Left out when there are none, so a video that was never edited keeps its cache key.
      ...(job.edits && (job.edits.moveCuts.length > 0 || job.edits.barOneSeconds !== undefined)
        ? { edits: { moveCuts: job.edits.moveCuts, ...(job.edits.barOneSeconds === undefined ? {} : { barOneSeconds: job.edits.barOneSeconds }) } } : {}),
      ...(job.editOf ? { shotsFrom: [job.editOf] } : {}),
    }),
  })
  .output((_job, outputs): MusicVideoOutput => ({
    videoAssetId: outputs.video.videoAssetId,
    thumbnailAssetId: outputs.video.thumbnailAssetId,
    analysisAssetId: outputs.analyze.analysisAssetId,
    imageAssetIds: outputs.video.imageAssetIds ?? outputs.images.images.map((image) => image.assetId),
    drawnImageAssetIds: outputs.images.images.map((image) => image.assetId),
    duration: outputs.video.duration,
    bpm: outputs.analyze.bpm,
    cuts: outputs.video.cuts,
    hardCuts: outputs.video.hardCuts,
    shots: outputs.video.shots,
    shotPictures: outputs.video.shotPictures,
    warnings: outputs.images.warnings ?? [],
  }));
