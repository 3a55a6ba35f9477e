import { createFallbackModel } from '../../../providers/fallback-model.ts';
import { encodePng } from '../../../providers/testing/media-encoders.ts';
import type { Capability, ImageModel, ModelByCapability, TextModel } from '../../../providers/spec/index.ts';
import type { ProviderRegistry } from '../../../runtime/contracts.ts';

/** Everything a stand-in model was asked, in order: what a real model would have read. */
export interface ReceivedRequests { text: string[]; image: string[] }

/**
 * A worst-case text model, a stand-in for any language model an operator may run: it writes whatever
 * it is asked, returning the request it received as the title, every scene's text and picture brief,
 * and the hero's looks. Whatever of the parent's idea reaches a text model therefore reaches the story.
 */
export function createEchoTextModel(received: ReceivedRequests): TextModel {
  return {
    provider: 'worst-case', modelId: 'echo',
    async generate(options) {
      received.text.push(options.prompt);
      const echo = options.prompt.replace(/\s+/g, ' ');
      // Cut to the draft schema's limits; the request comes first in each, so its opening (the idea, when sent) always fits.
      const scene = { text: echo.slice(0, 1500), illustration: echo.slice(0, 500) };
      const isStory = Boolean((options.schema as { properties?: Record<string, unknown> } | undefined)?.properties?.scenes);
      const hero = { name: 'Echo', role: 'hero', looks: echo.slice(0, 300) };
      const json = isStory ? { title: echo.slice(0, 120), scenes: Array.from({ length: 12 }, () => scene), characters: [hero] } : scene;
      return { text: JSON.stringify(json), json, warnings: [] };
    },
  };
}

/** A stand-in image model whose picture is its prompt: it says it drew the prompt (the alt text), word for word. */
export function createPromptRecordingImageModel(received: ReceivedRequests): ImageModel {
  return {
    provider: 'worst-case', modelId: 'prompt-as-picture',
    async generate(options) {
      received.image.push(options.prompt);
      // A calm blue-grey picture, so the local picture check passes and the prompt's words are all that is judged.
      const image = encodePng(32, 24, () => [90, 110, 150]);
      return { image: { data: image, mediaType: 'image/png' }, description: options.prompt, warnings: [] };
    },
  };
}

/** A provider registry serving only the given text and image models, with no moderation or description service. */
export function standInRegistry(models: { text: TextModel; image: ImageModel }): ProviderRegistry {
  const byCapability: Partial<Record<Capability, unknown>> = { text: models.text, image: models.image };
  const name = (capability: Capability) => {
    const model = byCapability[capability] as TextModel | undefined;
    return model ? [`${model.provider}:${model.modelId}`] : [];
  };
  return {
    model(capability, options) {
      return createFallbackModel(capability, name(capability), () => byCapability[capability] as ModelByCapability[typeof capability], options?.onServed);
    },
    modelById(capability) { return byCapability[capability] as ModelByCapability[typeof capability]; },
    candidates: name,
    async health() { return []; },
    async close() {},
  };
}
