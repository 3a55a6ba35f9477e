import type { PipelineDefinition } from '../engine/pipeline.ts';
import { diagnosticPipeline } from '../pipelines/diagnostic/diagnostic-pipeline.ts';
import { storyPipeline } from '../pipelines/story/story-pipeline.ts';
import { musicVideoPipeline } from '../pipelines/music-video/music-video-pipeline.ts';
import { vocabularyPipeline } from '../pipelines/vocabulary/vocabulary-pipeline.ts';
import { shortsPipeline } from '../pipelines/vocabulary/shorts/shorts-pipeline.ts';
import { vocabularySyncPipeline } from '../pipelines/vocabulary/vocabulary-sync-pipeline.ts';
import { vocabularyExportPipeline } from '../pipelines/vocabulary/vocabulary-export-pipeline.ts';

/** The pipelines this build of Kiln offers; each studio adds its own here. */
export function installedPipelines(): PipelineDefinition[] {
  return [diagnosticPipeline, musicVideoPipeline, storyPipeline, vocabularyPipeline, vocabularySyncPipeline, vocabularyExportPipeline, shortsPipeline];
}
