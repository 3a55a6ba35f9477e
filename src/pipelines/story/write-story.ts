import { InvalidOutputError, KilnError } from '../../engine/errors/index.ts';
import type { StepContext } from '../../engine/step.ts';
import { formatStoryRequest, type StoryRequest } from '../../providers/builtin/storyteller/story-request.ts';
import {
  sceneDraftJsonSchema, sceneDraftSchema, storyDraftJsonSchema, storyDraftSchema, type SceneDraft, type StoryDraft,
} from '../../providers/builtin/storyteller/story-draft.ts';
import type { ProviderRegistry } from '../../runtime/contracts.ts';
import type { z } from 'zod';

/** Tries per request when a model answers something that does not fit the schema. */
export const writeAttempts = 3;

/**
 * Asks the text capability for JSON, validates it with zod and asks again (with another seed) when
 * the answer does not fit: small local models do that now and then, even under a grammar.
 */
async function askForJson<T>(
  providers: ProviderRegistry, context: StepContext, request: { prompt: string; system: string; seed: number },
  schema: z.ZodType<T>, jsonSchema: Record<string, unknown>, name: string,
): Promise<{ value: T; servedBy: string }> {
  let servedBy = '';
  const model = providers.model('text', { onServed: (candidate, passedOver) => { servedBy = candidate; context.servedBy(candidate, passedOver); } });
  let lastProblem = '';
  for (let attempt = 0; attempt < writeAttempts; attempt += 1) {
    try {
      const result = await model.generate({
        prompt: request.prompt, system: request.system, schema: jsonSchema, schemaName: name,
        seed: request.seed + attempt, temperature: 0.7, maxTokens: 4096, abortSignal: context.signal,
      });
      for (const warning of result.warnings) context.warn(warning);
      const checked = schema.safeParse(result.json ?? JSON.parse(result.text));
      if (checked.success) return { value: checked.data, servedBy };
      lastProblem = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    } catch (error) {
      if (!(error instanceof SyntaxError) && !(error instanceof KilnError && error.code === 'invalid_output')) throw error;
      lastProblem = error.message;
    }
  }
  throw new InvalidOutputError(`The story writer answered ${writeAttempts} times with something that is not a story of the right shape (${lastProblem}).`);
}

/** The whole story draft, trimmed to the number of scenes asked for (too few scenes is invalid). */
export async function writeDraft(providers: ProviderRegistry, context: StepContext, request: StoryRequest, system: string, seed: number) {
  const exact = storyDraftSchema.refine((draft) => draft.scenes.length >= request.scenes, `expected ${request.scenes} scenes`);
  const { value, servedBy } = await askForJson(providers, context, { prompt: formatStoryRequest(request), system, seed }, exact, storyDraftJsonSchema, 'story');
  const draft: StoryDraft = { ...value, scenes: value.scenes.slice(0, request.scenes) };
  return { draft, servedBy };
}

/** One scene written again, differently, after it failed moderation. */
export async function rewriteScene(
  providers: ProviderRegistry, context: StepContext, request: StoryRequest, system: string, seed: number, sceneNumber: number, variant: number,
): Promise<SceneDraft> {
  const prompt = formatStoryRequest({ ...request, rewriteScene: sceneNumber, variant });
  const gentler = `${system}\nRewrite only scene ${sceneNumber}, more gently, as JSON with "text" and "illustration".`;
  return (await askForJson(providers, context, { prompt, system: gentler, seed: seed + variant * 101 }, sceneDraftSchema, sceneDraftJsonSchema, 'scene')).value;
}
