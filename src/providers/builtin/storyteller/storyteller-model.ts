import type { ModelIdentity, ProviderWarning, TextGenerateOptions, TextGenerateResult, TextModel } from '../../spec/index.ts';
import { planStory } from './plan-story.ts';
import { hashText } from '../../../engine/seeded-random.ts';
import { parseStoryRequest } from './story-request.ts';
import type { StoryDraft } from './story-draft.ts';

type Schema = { type?: unknown; properties?: Record<string, Schema>; enum?: unknown[]; items?: Schema; minItems?: number; const?: unknown };

/**
 * Fits the planned story to the schema asked for: the story schema gets the story, a scene schema the
 * scene being rewritten, and any other object schema gets its string fields from the story's words.
 */
function fitToSchema(value: unknown, schema: Schema, fallbackText: string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((item) => item !== 'null') : schema.type;
  if (type === 'object') {
    const source = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, property]) => [key, fitToSchema(source[key], property, fallbackText)]));
  }
  if (type === 'array') {
    const items = Array.isArray(value) ? value : [];
    const padded = items.length >= (schema.minItems ?? 0) ? items : [...items, ...Array.from({ length: (schema.minItems ?? 0) - items.length }, () => undefined)];
    return padded.map((item) => fitToSchema(item, schema.items ?? {}, fallbackText));
  }
  if (type === 'string') return typeof value === 'string' ? value : fallbackText;
  if (type === 'boolean') return typeof value === 'boolean' ? value : true;
  if (type === 'integer' || type === 'number') return typeof value === 'number' ? value : 1;
  return value ?? fallbackText;
}

function storyAsText(story: StoryDraft): string {
  return [story.title, '', ...story.scenes.map((scene) => scene.text)].join('\n\n');
}

/**
 * `builtin:storyteller`: an offline story planner (plot archetypes with their own beats, sentence
 * banks per age, per-scene picture briefs). It reads the labelled request the story pipeline sends
 * (see story-request.ts) or takes a bare prompt as the idea. Deterministic for a seed.
 */
export function createStorytellerModel(identity: ModelIdentity): TextModel {
  return {
    ...identity,
    async generate(options: TextGenerateOptions): Promise<TextGenerateResult> {
      options.abortSignal?.throwIfAborted();
      const warnings: ProviderWarning[] = [];
      const request = parseStoryRequest(options.prompt);
      if (!/^en\b/i.test(request.listener.language)) {
        warnings.push({ setting: 'language', message: `The built-in storyteller writes English only; ${request.listener.language} was asked for.` });
      }
      if (options.temperature !== undefined && options.temperature > 0) {
        warnings.push({ setting: 'temperature', message: 'The built-in storyteller is a planner, not a sampler; the seed decides the wording.' });
      }
      const seed = options.seed ?? hashText(options.prompt);
      const story = planStory(request, seed);
      const rewritten = request.rewriteScene !== undefined ? story.scenes[Math.min(story.scenes.length, request.rewriteScene) - 1] : undefined;
      if (!options.schema) {
        return { text: rewritten ? rewritten.text : storyAsText(story), warnings };
      }
      const schema = options.schema as Schema;
      const source = rewritten && !schema.properties?.scenes ? rewritten : story;
      const json = fitToSchema(source, schema, story.scenes[0].text);
      return { text: JSON.stringify(json), json, warnings };
    },
  };
}
