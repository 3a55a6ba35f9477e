import { KilnError } from '../engine/errors/index.ts';
import type { ProviderRegistry } from '../runtime/contracts.ts';
import type { MediaData, ModerationModel } from '../providers/spec/index.ts';
import { checkBedtimeTone } from './check-bedtime-tone.ts';
import { classifyPicture } from './picture-classifier/classify-picture.ts';
import type { ModerationLayerRecord } from './moderation-record.ts';
import { failingCategories, type SafetyMode } from './safety-policy.ts';
import type { SafetyMatcher } from './safety-matcher.ts';
import type { TermMatcher } from './term-matcher.ts';

export interface ContentModeration {
  passed: boolean;
  layers: ModerationLayerRecord[];
  /** No configured service answered (or none is configured): the local layers decided alone. */
  checkedLocallyOnly: boolean;
}

export interface ModerateOptions {
  mode: SafetyMode;
  /** The local guardrails (guardrailMatcher); a bare TermMatcher checks weighted words only. */
  matcher: SafetyMatcher | TermMatcher;
  /** Where the configured `moderation` services are found; local layers only when absent. */
  providers?: ProviderRegistry;
  signal?: AbortSignal;
}

/** Moderation services in the configured list; the built-in `rules` model is already part of the local layer. */
function serviceCandidates(providers: ProviderRegistry | undefined): string[] {
  return providers ? providers.candidates('moderation').filter((candidate) => !candidate.startsWith('builtin:')) : [];
}

/**
 * Layers 2 and 3 for generated text: local term lists and bedtime tone, then each configured moderation
 * service. Fails closed: the local layers must always pass; a service that cannot be reached is noted,
 * never taken as a pass on its own.
 */
export async function moderateText(text: string, options: ModerateOptions): Promise<ContentModeration> {
  // Generated text is story text: the topic rules look at neighbouring sentences, not the whole scene.
  const { categories, topics } = 'scan' in options.matcher ? options.matcher.scan(text, options.mode, 'story') : { categories: options.matcher.score(text), topics: [] };
  const layers: ModerationLayerRecord[] = [
    { layer: 'local-guardrails', categories, topics: topics.map((hit) => hit.topic), passed: topics.length === 0 && failingCategories(categories, options.mode).length === 0 },
  ];
  if (options.mode === 'child') {
    const tone = checkBedtimeTone(text);
    layers.push({ layer: 'bedtime-tone', categories: [], passed: tone.calm, reasons: tone.reasons });
  }
  return finish(layers, await askServices({ text }, 'text', options));
}

/**
 * Pictures: each configured service that checks images scores it. The brief the picture was drawn
 * from has been through the text layers; that record is kept beside the service's.
 */
export async function moderateImage(image: MediaData, briefLayer: ModerationLayerRecord, options: ModerateOptions): Promise<ContentModeration> {
  const local = options.mode === 'child' ? [briefLayer, await classifierLayer(image, options.mode)] : [briefLayer];
  return finish(local, await askServices({ image }, 'image', options));
}

/**
 * The local picture classifier (nsfwjs on the CPU) runs on every child-mode picture before any service
 * and cannot be skipped. If it cannot run, the picture fails: child mode never gets less strict.
 */
async function classifierLayer(image: MediaData, mode: SafetyMode): Promise<ModerationLayerRecord> {
  try {
    const { categories } = await classifyPicture(image);
    return { layer: 'picture-classifier', model: 'nsfwjs:mobilenet-v2', categories, passed: failingCategories(categories, mode).length === 0 };
  } catch (error) {
    return { layer: 'picture-classifier', model: 'nsfwjs:mobilenet-v2', categories: [], passed: false, unavailable: messageOf(error) };
  }
}

async function askServices(
  input: { text?: string; image?: MediaData },
  kind: 'text' | 'image',
  options: ModerateOptions,
): Promise<{ layers: ModerationLayerRecord[]; answered: number }> {
  const layers: ModerationLayerRecord[] = [];
  let answered = 0;
  for (const candidate of serviceCandidates(options.providers)) {
    let model: ModerationModel;
    try {
      model = options.providers!.modelById('moderation', candidate);
    } catch (error) {
      layers.push({ layer: 'moderation-service', model: candidate, categories: [], passed: true, unavailable: messageOf(error) });
      continue;
    }
    if (!model.inputs.includes(kind)) continue;
    try {
      const result = await model.moderate({ ...input, abortSignal: options.signal });
      answered += 1;
      layers.push({ layer: 'moderation-service', model: candidate, categories: result.categories, passed: failingCategories(result.categories, options.mode).length === 0 });
    } catch (error) {
      if (options.signal?.aborted || (error instanceof KilnError && error.code === 'cancelled')) throw error;
      // Unreachable or failing: noted; the story is then marked as checked locally only.
      layers.push({ layer: 'moderation-service', model: candidate, categories: [], passed: true, unavailable: messageOf(error) });
    }
  }
  return { layers, answered };
}

function finish(local: ModerationLayerRecord[], services: { layers: ModerationLayerRecord[]; answered: number }): ContentModeration {
  const layers = [...local, ...services.layers];
  return { passed: layers.every((layer) => layer.passed), layers, checkedLocallyOnly: services.answered === 0 };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
