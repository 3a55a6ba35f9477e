import { readFile } from 'node:fs/promises';
import type { PassedOver } from '../../engine/step.ts';
import type { ClipRequest, MadeClip } from '../../media/video/render-clip-video.ts';
import { sniffImageType } from '../../providers/sniff-image-type.ts';
import type { ProviderWarning, VideoModel } from '../../providers/spec/index.ts';

export interface ClipMakerRecord {
  /** Every `backend:model` that made a clip, in the order first heard. */
  servedBy: string[];
  /** The candidates passed over on the way, once each, with the first reason heard. */
  passedOver: PassedOver[];
  /** The models' warnings, once each. */
  warnings: ProviderWarning[];
}

/**
 * A clip maker for renderClipVideo over the registry's `video` fallback model: each scene's clip
 * moves from the scene's picture to the next one, described by the scene's prompt. Who served and
 * who was passed over are gathered into `record` (the model's onServed feeds `heard`).
 */
export function videoModelClipMaker(
  model: VideoModel,
  video: { width: number; height: number; promptOf: (momentIndex: number) => string; seedOf: (momentIndex: number) => number },
  record: ClipMakerRecord,
): (request: ClipRequest, signal?: AbortSignal) => Promise<MadeClip> {
  const picture = async (path: string) => {
    const data = new Uint8Array(await readFile(path));
    return { data, mediaType: sniffImageType(data) };
  };
  return async (request, signal) => {
    const clip = await model.generate({
      startImage: await picture(request.startImagePath),
      endImage: await picture(request.endImagePath),
      frames: request.frames, fps: request.fps, width: video.width, height: video.height,
      prompt: video.promptOf(request.momentIndex), seed: video.seedOf(request.momentIndex), abortSignal: signal,
    });
    for (const warning of clip.warnings) {
      if (!record.warnings.some((known) => known.setting === warning.setting && known.message === warning.message)) record.warnings.push(warning);
    }
    return { data: clip.data, extension: clip.extension };
  };
}

/** The model's onServed for `record`: a candidate served, or passed over, counts once however many clips. */
export function heard(record: ClipMakerRecord) {
  return (candidate: string, skipped: readonly PassedOver[]) => {
    if (!record.servedBy.includes(candidate)) record.servedBy.push(candidate);
    for (const passed of skipped) {
      if (!record.passedOver.some((known) => known.candidate === passed.candidate)) record.passedOver.push(passed);
    }
  };
}
