import { BadInputError } from '../../engine/errors/index.ts';
import type { ImageGenerateOptions, ImageGenerateResult, ImageModel, ModelIdentity, ProviderWarning } from '../../providers/spec/index.ts';
import { deriveScene } from './derive-scene.ts';
import { describeScene } from './describe-scene.ts';
import { renderScenePng } from './render-scene-png.ts';

/** The smallest and largest side the illustrator draws; sizes outside are clamped with a warning. */
export const illustratorSizeLimits = { smallest: 64, largest: 2048 } as const;

/**
 * Kiln's offline `image` model: reads a scene from the prompt, draws it as SVG and renders a PNG on
 * the CPU. Deterministic: the same prompt, seed and size give the same bytes. The identity defaults
 * to `builtin:illustrator`; the built-in catalog passes its own when registering it.
 */
export function createIllustratorModel(identity: Partial<ModelIdentity> = {}): ImageModel {
  return {
    provider: identity.provider ?? 'builtin',
    modelId: identity.modelId ?? 'illustrator',
    async generate(options: ImageGenerateOptions): Promise<ImageGenerateResult> {
      options.abortSignal?.throwIfAborted();
      const warnings: ProviderWarning[] = [];
      const width = clampSide('width', options.width, warnings);
      const height = clampSide('height', options.height, warnings);
      if (options.negativePrompt?.trim()) {
        warnings.push({ setting: 'negativePrompt', message: 'The built-in illustrator only draws what the prompt names, so the negative prompt was ignored.' });
      }
      const scene = deriveScene(options.prompt, { seed: options.seed, aspectRatio: width / height, characters: options.referenceImages?.length ?? 0 });
      const rendered = await renderScenePng(scene, {
        width, height, referenceImages: options.referenceImages, reserveReferences: options.referencePlacement === 'reserve', abortSignal: options.abortSignal,
      });
      return {
        image: { data: rendered.png, mediaType: 'image/png' },
        description: describeScene(scene, { placed: rendered.placedPictures }),
        ...(rendered.places ? { referencePlaces: rendered.places } : {}),
        warnings: [...warnings, ...rendered.warnings],
      };
    },
  };
}

function clampSide(setting: 'width' | 'height', value: number, warnings: ProviderWarning[]): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new BadInputError(`The picture's ${setting} must be a number of pixels, between ${illustratorSizeLimits.smallest} and ${illustratorSizeLimits.largest}.`);
  const clamped = Math.min(illustratorSizeLimits.largest, Math.max(illustratorSizeLimits.smallest, Math.round(value)));
  if (clamped !== Math.round(value)) {
    warnings.push({ setting, message: `The built-in illustrator draws ${illustratorSizeLimits.smallest} to ${illustratorSizeLimits.largest} pixels a side, so the ${setting} ${value} became ${clamped}.` });
  }
  return clamped;
}
