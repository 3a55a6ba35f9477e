import { z } from 'zod';
import { UnsafeContentError } from '../../engine/errors/index.ts';
import { defineStep } from '../../engine/step.ts';
import { checkPrompt } from '../../safety/check-prompt.ts';
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

/** Layer 1: the prompt check, before anything is generated. */
export const checkPromptStep = defineStep({
  id: 'story.check-prompt',
  version: 2,
  input: z.object({ prompt: z.string(), mode: z.enum(['child', 'standard']), notes: z.array(z.string()).default([]) }),
  output: z.object({ prompt: z.string(), notes: z.array(z.string()) }),
  maxAttempts: 1,
  async run({ prompt, mode, notes }) {
    const result = await checkStoryPrompt(prompt, mode);
    return { prompt: result.prompt, notes: [...new Set([...notes, ...result.notes])] };
  },
});
