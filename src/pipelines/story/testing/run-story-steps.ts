import type { StepContext } from '../../../engine/step.ts';
import type { ProviderRegistry } from '../../../runtime/contracts.ts';
import { checkStoryPrompt, checkStoryPromptByRules, storytellerInputOf } from '../check-prompt-step.ts';
import { illustrateStep } from '../illustrate-step.ts';
import type { StoryInput } from '../story-input.ts';
import { writeStep } from '../write-step.ts';
import type { SafetyLessonId } from '../../../safety/find-safety-lesson.ts';

/** What the child would get from an idea: the story's words and pictures' words, or the refusal. */
export interface StepsOutcome {
  refused?: string;
  /** The idea as the prompt check accepted it (personal details out): the text the storyteller read. */
  prompt?: string;
  /** An idea in another language as the storyteller read it, in English word by word (see storytellerReadingOf). */
  englishReading?: string;
  /** The English reading is Apertium's sentence (Italian, Portuguese), read as an English idea. */
  translated?: boolean;
  /** The idea was told as one of Kiln's own safety stories (find-safety-lesson.ts), from its lesson's words. */
  lesson?: SafetyLessonId;
  title?: string;
  sceneTexts: string[];
  pictureBriefs: string[];
  altTexts: string[];
}

function contextFor(providers: ProviderRegistry): StepContext {
  let assetNumber = 0;
  const assets = { async put() { assetNumber += 1; return { id: `asset-${assetNumber}` }; } };
  return {
    signal: new AbortController().signal, jobId: 'job', ownerId: 'local', attempt: 1, temporaryFolder: '/tmp',
    progress() {}, servedBy() {}, warn() {}, recordAsset() {}, services: { providers, assets },
  };
}

/**
 * Which prompt check the steps start with: the whole check (rules, then the reading by meaning in child mode),
 * or the rules alone, for a measurement that needs a story for a text the reading by meaning may refuse (the
 * safety bench's leak control, an idea with some words taken out, whose meaning is no longer the idea's).
 */
export type PromptCheckLayers = 'full' | 'rules-only';

async function checkedPrompt(prompt: string, mode: 'child' | 'standard', layers: PromptCheckLayers): Promise<{ prompt: string; englishReading?: string; englishGlosses?: string[][]; translated?: boolean; lesson?: SafetyLessonId } | { refused: string }> {
  if (layers === 'rules-only') {
    const result = await checkStoryPromptByRules(prompt, mode);
    return result.accepted ? result : { refused: result.reason };
  }
  try {
    return await checkStoryPrompt(prompt, mode);
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

/**
 * The story pipeline's safety path without the job runner, database or narration: the prompt check,
 * the write step and each scene's illustrate step, against whatever models `providers` serves. For
 * tests and the safety bench, which run it with the worst-case stand-ins (see worst-case-models.ts).
 */
export async function runStorySteps(prompt: string, options: { providers: ProviderRegistry; mode: 'child' | 'standard'; profile: StoryInput['profile']; scenes?: number; seed?: number; promptCheck?: PromptCheckLayers }): Promise<StepsOutcome> {
  const empty = { sceneTexts: [], pictureBriefs: [], altTexts: [] };
  const checked = await checkedPrompt(prompt, options.mode, options.promptCheck ?? 'full');
  if ('refused' in checked) return { refused: checked.refused, ...empty };
  const context = contextFor(options.providers);
  const scenes = options.scenes ?? 2;
  const seed = options.seed ?? 1;
  const reading = storytellerInputOf(checked);
  const written = await writeStep.run({ prompt: checked.prompt, ...reading, ...(checked.lesson ? { lesson: checked.lesson } : {}), profile: options.profile, scenes, seed, mode: options.mode }, context);
  const pictures = [];
  for (const [index, scene] of written.draft.scenes.entries()) {
    pictures.push(await illustrateStep.run({ scene: index + 1, brief: scene.illustration, text: scene.text, characters: written.draft.characters, seed, mode: options.mode }, context));
  }
  return {
    prompt: checked.prompt,
    ...reading,
    ...(checked.lesson ? { lesson: checked.lesson } : {}),
    title: written.draft.title,
    sceneTexts: written.draft.scenes.map((scene) => scene.text),
    pictureBriefs: written.draft.scenes.map((scene) => scene.illustration),
    altTexts: pictures.map((picture) => picture.altText),
  };
}
