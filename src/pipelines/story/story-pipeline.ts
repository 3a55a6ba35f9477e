import type { z } from 'zod';
import { definePipeline } from '../../engine/define-pipeline.ts';
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
const sceneNodeNames = sceneNumbers.flatMap((scene) => [`illustrate-${scene}`, `narrate-${scene}`] as const);

/** What the nodes after the scenes read of the story: the draft, and each scene's picture and narration. */
interface ScenesUpstream {
  write: z.output<typeof writeStep.output>;
  [illustrate: `illustrate-${number}`]: z.output<typeof illustrateStep.output> | undefined;
  [narrate: `narrate-${number}`]: z.output<typeof narrateStep.output> | undefined;
}

function scenesOf(job: StoryInput, upstream: ScenesUpstream) {
  return sceneNumbers.filter((scene) => scene <= job.scenes).map((scene) => {
    // Present: a scene's nodes are left out only past the job's number of scenes.
    const picture = upstream[`illustrate-${scene}`]!;
    const narration = upstream[`narrate-${scene}`]!;
    return {
      ...upstream.write.draft.scenes[scene - 1],
      imageAssetId: picture.imageAssetId,
      altText: picture.altText,
      audioAssetId: narration.audioAssetId,
      timings: narration.timings,
      moderation: upstream.write.moderation[scene - 1],
      imageModeration: picture.moderation,
    };
  });
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
})
  .node('check-prompt', { step: checkPromptStep, input: (job) => ({ prompt: job.prompt, mode: job.mode, notes: job.notes, childAge: job.profile.age }) })
  .node('write', {
    step: writeStep,
    after: ['check-prompt'],
    input: (job, upstream) => ({
      prompt: upstream['check-prompt'].prompt, profile: job.profile, scenes: job.scenes, seed: job.seed, mode: job.mode,
      ...(upstream['check-prompt'].englishReading ? { englishReading: upstream['check-prompt'].englishReading } : {}),
      ...(upstream['check-prompt'].translated ? { translated: true } : {}),
      ...(upstream['check-prompt'].lesson ? { lesson: upstream['check-prompt'].lesson } : {}),
      ...(upstream['check-prompt'].ideaUnchecked ? { ideaUnchecked: upstream['check-prompt'].ideaUnchecked } : {}),
    }),
  })
  .forEach(sceneNumbers, (graph, scene) => graph
    .node(`illustrate-${scene}`, {
      step: illustrateStep,
      after: ['write'],
      when: (job) => scene <= job.scenes,
      input: (job, upstream) => ({
        scene, brief: upstream.write.draft.scenes[scene - 1].illustration, text: upstream.write.draft.scenes[scene - 1].text, characters: upstream.write.draft.characters, seed: job.seed, mode: job.mode,
      }),
    })
    .node(`narrate-${scene}`, {
      step: narrateStep,
      after: ['write'],
      when: (job) => scene <= job.scenes,
      input: (job, upstream) => ({
        scene, text: upstream.write.draft.scenes[scene - 1].text, voice: job.profile.preferredVoice, language: job.profile.language,
        moderation: upstream.write.moderation[scene - 1],
      }),
    }))
  .node('video', {
    step: videoStep,
    after: ['write', ...sceneNodeNames],
    when: (job) => job.video,
    input: (job, upstream) => ({ title: upstream.write.draft.title, scenes: scenesOf(job, upstream), shape: job.videoShape }),
  })
  .node('save', {
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
        ideaLeftOut: upstream.write.ideaLeftOut,
        ideaNotDrawn: upstream.write.ideaNotDrawn,
        ...(upstream.write.ideaReadAs ? { ideaReadAs: upstream.write.ideaReadAs } : {}),
        ...(upstream.write.ideaTranslated ? { ideaTranslated: true } : {}),
        ...(upstream['check-prompt'].ideaCheck ? { ideaCheck: upstream['check-prompt'].ideaCheck } : {}),
        ...(upstream['check-prompt'].ideaUnchecked ? { ideaUnchecked: upstream['check-prompt'].ideaUnchecked } : {}),
      };
      const assetIds = [
        ...scenes.flatMap((scene) => [scene.imageAssetId, scene.audioAssetId]),
        ...(upstream.video ? [upstream.video.videoAssetId, upstream.video.subtitlesAssetId] : []),
      ];
      return { profileId: job.profile.id, prompt: upstream['check-prompt'].prompt, content, assetIds };
    },
  })
  .output((_job, outputs) => ({ storyId: outputs.save.storyId, title: outputs.write.draft.title }));
