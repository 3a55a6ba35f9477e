import { definePipeline, type PipelineNode } from '../../engine/pipeline.ts';
import { checkPromptStep } from './check-prompt-step.ts';
import { illustrateStep } from './illustrate-step.ts';
import { narrateStep } from './narrate-step.ts';
import { saveStep } from './save-step.ts';
import type { StoryContent } from './story-content.ts';
import { maxScenes, storyInputSchema, type StoryInput } from './story-input.ts';
import { storyModeFor } from './story-mode.ts';
import { videoStep } from './video-step.ts';
import { writeStep } from './write-step.ts';

const sceneNumbers = Array.from({ length: maxScenes }, (_, index) => index + 1);
const perScene: Record<string, PipelineNode<StoryInput>> = {};
for (const scene of sceneNumbers) {
  perScene[`illustrate-${scene}`] = {
    step: illustrateStep,
    after: ['write'],
    when: (job) => scene <= job.scenes,
    input: (job, upstream) => ({
      scene, brief: upstream.write.draft.scenes[scene - 1].illustration, text: upstream.write.draft.scenes[scene - 1].text, characters: upstream.write.draft.characters, seed: job.seed, mode: job.mode,
    }),
  };
  perScene[`narrate-${scene}`] = {
    step: narrateStep,
    after: ['write'],
    when: (job) => scene <= job.scenes,
    input: (job, upstream) => ({
      scene, text: upstream.write.draft.scenes[scene - 1].text, voice: job.profile.preferredVoice, language: job.profile.language,
      moderation: upstream.write.moderation[scene - 1],
    }),
  };
}
const sceneNodeNames = Object.keys(perScene);

function scenesOf(job: StoryInput, upstream: Record<string, any>) {
  return sceneNumbers.filter((scene) => scene <= job.scenes).map((scene) => ({
    ...upstream.write.draft.scenes[scene - 1],
    imageAssetId: upstream[`illustrate-${scene}`].imageAssetId as string,
    altText: upstream[`illustrate-${scene}`].altText as string,
    audioAssetId: upstream[`narrate-${scene}`].audioAssetId as string,
    timings: upstream[`narrate-${scene}`].timings,
    moderation: upstream.write.moderation[scene - 1],
    imageModeration: upstream[`illustrate-${scene}`].moderation,
  }));
}

/**
 * A bedtime story: prompt check, writing with guardrails, a picture and narration per scene, an
 * optional video, then the story saved to the owner's library.
 */
export const storyPipeline = definePipeline({
  id: 'story',
  description: 'Writes a bedtime story for a child profile, with pictures, narration and an optional video, all safety-checked.',
  input: storyInputSchema,
  // Child mode is the operator's decision, never the request's.
  operatorInput: ({ ownerId, safety }) => ({ mode: storyModeFor(safety, ownerId) }),
  nodes: {
    'check-prompt': { step: checkPromptStep, input: (job) => ({ prompt: job.prompt, mode: job.mode, notes: job.notes, childAge: job.profile.age }) },
    write: {
      step: writeStep,
      after: ['check-prompt'],
      input: (job, upstream) => ({
        prompt: upstream['check-prompt'].prompt, profile: job.profile, scenes: job.scenes, seed: job.seed, mode: job.mode,
        ...(upstream['check-prompt'].ideaUnchecked ? { ideaUnchecked: upstream['check-prompt'].ideaUnchecked } : {}),
      }),
    },
    ...perScene,
    video: {
      step: videoStep,
      after: ['write', ...sceneNodeNames],
      when: (job) => job.video,
      input: (job, upstream) => ({ title: upstream.write.draft.title, scenes: scenesOf(job, upstream), shape: job.videoShape }),
    },
    save: {
      step: saveStep,
      after: ['check-prompt', 'write', ...sceneNodeNames, 'video'],
      input: (job, upstream) => {
        const scenes = scenesOf(job, upstream);
        const content: StoryContent = {
          title: upstream.write.draft.title,
          characters: upstream.write.draft.characters,
          scenes: scenes.map(({ imageModeration: _unused, ...scene }) => scene),
          videoAssetId: upstream.video?.videoAssetId ?? null,
          subtitlesAssetId: upstream.video?.subtitlesAssetId ?? null,
          notes: upstream['check-prompt'].notes,
          checkedLocallyOnly: scenes.some((scene) => scene.moderation.checkedLocallyOnly || scene.imageModeration.checkedLocallyOnly),
          writtenBy: upstream.write.writtenBy,
          ideaUsed: upstream.write.ideaUsed,
          ideaNotUnderstood: upstream.write.ideaNotUnderstood,
          ideaNotDrawn: upstream.write.ideaNotDrawn,
          ...(upstream['check-prompt'].ideaCheck ? { ideaCheck: upstream['check-prompt'].ideaCheck } : {}),
          ...(upstream['check-prompt'].ideaUnchecked ? { ideaUnchecked: upstream['check-prompt'].ideaUnchecked } : {}),
        };
        const assetIds = [
          ...scenes.flatMap((scene) => [scene.imageAssetId, scene.audioAssetId]),
          ...(upstream.video ? [upstream.video.videoAssetId, upstream.video.subtitlesAssetId] : []),
        ];
        return { profileId: job.profile.id, prompt: upstream['check-prompt'].prompt, content, assetIds };
      },
    },
  },
  output: (_job, outputs) => ({ storyId: outputs.save.storyId as string, title: outputs.write.draft.title as string }),
});
