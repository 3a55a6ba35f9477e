export * from './common.ts';
export * from './text.ts';
export * from './image.ts';
export * from './restyle.ts';
export * from './speech.ts';
export * from './transcription.ts';
export * from './moderation.ts';
export * from './description.ts';
export * from './segmentation.ts';
export * from './video.ts';

import type { Capability } from './common.ts';
import type { TextModel } from './text.ts';
import type { ImageModel } from './image.ts';
import type { RestyleModel } from './restyle.ts';
import type { SpeechModel } from './speech.ts';
import type { TranscriptionModel } from './transcription.ts';
import type { ModerationModel } from './moderation.ts';
import type { DescriptionModel } from './description.ts';
import type { SegmentationModel } from './segmentation.ts';
import type { VideoModel } from './video.ts';

/** The model interface for each capability. */
export interface ModelByCapability {
  text: TextModel;
  image: ImageModel;
  restyle: RestyleModel;
  speech: SpeechModel;
  transcription: TranscriptionModel;
  moderation: ModerationModel;
  description: DescriptionModel;
  segmentation: SegmentationModel;
  video: VideoModel;
}

export type AnyModel = ModelByCapability[Capability];
