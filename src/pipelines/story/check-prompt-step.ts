import { z } from 'zod';
import { UnsafeContentError } from '../../engine/errors/index.ts';
import { defineStep, type StepContext } from '../../engine/step.ts';
import type { KilnConfig } from '../../config/index.ts';
import type { ProviderRegistry } from '../../runtime/contracts.ts';
import { checkPrompt } from '../../safety/check-prompt.ts';
import { askIdeaFitness, ideaFitnessRecordSchema } from './ask-idea-fitness.ts';
import { ideaFitnessRefusal } from './idea-fitness-refusal.ts';
import { guardrailMatcher } from './guardrail-matcher.ts';
import { readIdeaForSafety } from './read-idea-for-safety.ts';

/**
 * Refuses a prompt with the kind reason (which names the topic and two safe ideas, also in the error's
 * details for clients), or answers it cleaned with notes for the parent.
 */
export async function checkStoryPrompt(prompt: string, mode: 'child' | 'standard') {
  const result = checkPrompt(prompt, { matcher: await guardrailMatcher(), mode, readIdea: readIdeaForSafety });
  if (!result.accepted) {
    throw new UnsafeContentError(result.reason, {
      details: { kind: result.kind, categories: result.categories, topics: result.topics, topic: result.help?.topic, topicLabel: result.help?.topicLabel, suggestions: result.help?.suggestions },
    });
  }
  return result;
}

/**
 * Layer 1b: with a language model configured for text, it is asked whether the checked idea suits a
 * bedtime story for this child (always in child mode; in standard mode only when the operator sets
 * `safety.ideaCheckInStandardMode`). Anything but a clear `safe` refuses; see ask-idea-fitness.ts.
 */
async function checkIdeaWithTextModel(idea: string, mode: 'child' | 'standard', childAge: number, context: StepContext) {
  const config = context.services.config as KilnConfig | undefined;
  if (mode === 'standard' && config?.safety?.ideaCheckInStandardMode !== true) return undefined;
  const providers = context.services.providers as ProviderRegistry;
  const typeOf = (backendName: string) => config?.backends?.[backendName]?.type;
  const asked = await askIdeaFitness({ providers, typeOf, idea, childAge, signal: context.signal });
  if (!asked) return undefined;
  context.servedBy(asked.record.model, asked.record.passedOver);
  if (!asked.verdict.fit) throw ideaFitnessRefusal(asked.verdict, asked.record, idea, childAge);
  return asked.record;
}

/** Layer 1: the prompt check, before anything is generated. */
export const checkPromptStep = defineStep({
  id: 'story.check-prompt',
  version: 3,
  input: z.object({ prompt: z.string(), mode: z.enum(['child', 'standard']), notes: z.array(z.string()).default([]), childAge: z.int() }),
  output: z.object({ prompt: z.string(), notes: z.array(z.string()), ideaCheck: ideaFitnessRecordSchema.optional() }),
  maxAttempts: 1,
  // Never reused: the verdict belongs to the text models configured now, and a model may be added since.
  cacheable: false,
  async run({ prompt, mode, notes, childAge }, context) {
    const result = await checkStoryPrompt(prompt, mode);
    const ideaCheck = await checkIdeaWithTextModel(result.prompt, mode, childAge, context);
    return { prompt: result.prompt, notes: [...new Set([...notes, ...result.notes])], ...(ideaCheck ? { ideaCheck } : {}) };
  },
});
