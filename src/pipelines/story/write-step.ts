import { z } from 'zod';
import { UnsafeContentError } from '../../engine/errors/index.ts';
import { defineStep } from '../../engine/step.ts';
import { storyDraftSchema } from '../../providers/builtin/storyteller/story-draft.ts';
import { moderateText } from '../../safety/moderate-content.ts';
import { safetyLessonIds } from '../../safety/find-safety-lesson.ts';
import type { ModerationRecord } from '../../safety/moderation-record.ts';
import { backendTypeOf, builtinTextOnly } from './builtin-text-only.ts';
import { fallbackScene } from './fallback-scene.ts';
import { stepGuardrailMatcher } from './guardrail-matcher.ts';
import { moderationRecordSchema } from './story-content.ts';
import { storyInputSchema } from './story-input.ts';
import { readStoryIdeaParts, storyRequestFor } from './story-request-for.ts';
import { storySystemPrompt } from './story-system-prompt.ts';
import { echoesIdea, titleFromParts } from './story-title.ts';
import { ideaUsage } from '../../providers/builtin/storyteller/idea-usage.ts';
import { rewriteScene, writeDraft } from './write-story.ts';
import { requiredService } from '../../runtime/step-services.ts';

/** Rewrites a failing scene may get before it is replaced by a safe fallback scene. */
export const maxRegenerations = 2;

/**
 * Writes the story (text capability), then runs every scene through the guardrails: a failing scene is
 * written again up to `maxRegenerations` times, then replaced by a safe fallback scene. Each scene keeps
 * its moderation record. Nothing that failed a layer leaves this step.
 */
export const writeStep = defineStep({
  id: 'story.write',
  version: 8,
  input: z.object({
    prompt: z.string(), profile: storyInputSchema.shape.profile, scenes: z.int(), seed: z.int(), mode: z.enum(['child', 'standard']),
    /** The idea in English word by word, when the check read it in another language (see read-glossed-idea-parts.ts). */
    englishReading: z.string().optional(),
    /** The English reading is Apertium's translation, read as an English idea (see translate-idea.ts). */
    translated: z.boolean().optional(),
    /** One of Kiln's own safety stories, when the check read the idea as asking for one: only its hero is taken from the idea. */
    lesson: z.enum(safetyLessonIds).optional(),
    /** Language models that could not be asked about the idea, with why: only the built-in storyteller may write (see check-prompt-step.ts). */
    ideaUnchecked: z.array(z.object({ candidate: z.string(), reason: z.string() })).optional(),
  }),
  output: z.object({ draft: storyDraftSchema, moderation: z.array(moderationRecordSchema), writtenBy: z.string(), ideaUsed: z.array(z.string()), ideaNotUnderstood: z.array(z.string()), ideaLeftOut: z.array(z.string()), ideaNotDrawn: z.array(z.string()), ideaReadAs: z.string().optional(), ideaTranslated: z.boolean().optional() }),
  async run(input, context) {
    const registry = requiredService(context.services, 'providers');
    const providers = input.ideaUnchecked ? builtinTextOnly(registry, backendTypeOf(context.services), input.ideaUnchecked) : registry;
    const matcher = await stepGuardrailMatcher(context.services);
    const { profile } = input;
    const parts = readStoryIdeaParts(input.prompt, input.englishReading, input.lesson, input.translated);
    const request = storyRequestFor({ prompt: input.prompt, parts, profile, scenes: input.scenes, mode: input.mode });
    const system = storySystemPrompt(input);
    context.progress(0, 'writing the story');
    const { draft, servedBy } = await writeDraft(providers, context, request, system, input.seed);
    const options = { mode: input.mode, matcher, providers, signal: context.signal };
    const titleCheck = await moderateText(draft.title, options);
    // A title is told, never pasted: one that repeats the idea's words is rebuilt from its checked parts.
    if (!titleCheck.passed || echoesIdea(draft.title, input.prompt)) draft.title = titleFromParts(parts, draft.characters[0]?.name ?? 'A Little One');
    const records: ModerationRecord[] = [];
    for (const [index, original] of draft.scenes.entries()) {
      context.progress((index + 0.5) / draft.scenes.length, `checking scene ${index + 1}`);
      let scene = original;
      let attempts = 1;
      let check = await moderateText(`${scene.text}\n${scene.illustration}`, options);
      while (!check.passed && attempts <= maxRegenerations) {
        scene = await rewriteScene(providers, context, request, system, input.seed, index + 1, attempts);
        attempts += 1;
        check = await moderateText(`${scene.text}\n${scene.illustration}`, options);
      }
      let decision: ModerationRecord['decision'] = attempts === 1 ? 'pass' : 'regenerated';
      if (!check.passed) {
        scene = fallbackScene(draft, index, draft.scenes.length);
        check = await moderateText(`${scene.text}\n${scene.illustration}`, options);
        decision = 'fallback';
        // The fallback is calm by construction; if an operator's terms reject even that, refuse the story.
        if (!check.passed) throw new UnsafeContentError(`Scene ${index + 1} failed moderation and so did its fallback scene; check the operator terms file.`, { details: { scene: index + 1 } });
      }
      draft.scenes[index] = scene;
      records.push({ mode: input.mode, layers: check.layers, decision, attempts, checkedLocallyOnly: check.checkedLocallyOnly });
    }
    context.progress(1);
    // An idea read through its gloss is told as read: the parent sees the English words each part came from.
    const usage = ideaUsage(input.englishReading ?? input.prompt, parts);
    return {
      draft, moderation: records, writtenBy: servedBy, ideaUsed: usage.used,
      // A safety story takes only its hero from the idea, by design (the check's note says so): the rest was not misread.
      ideaNotUnderstood: input.lesson ? [] : usage.notUnderstood, ideaLeftOut: usage.leftOut, ideaNotDrawn: usage.notDrawn,
      ...(input.englishReading ? { ideaReadAs: input.englishReading, ...(input.translated ? { ideaTranslated: true } : {}) } : {}),
    };
  },
});
