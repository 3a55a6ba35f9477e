import { prepareReferenceImage } from './prepare-reference-image.ts';
import { referenceSlots, type ReferenceSlot } from './reference-slots.ts';
import { renderSceneSvg, type PlacedReference } from './render-scene-svg.ts';
import { renderSvgToPngOffThread } from './png-render-thread-pool.ts';
import type { SceneDescription } from './scene-description.ts';
import type { MediaData, ProviderWarning } from '../../providers/spec/index.ts';

export interface RenderScenePngOptions {
  /** Pixels; callers clamp them (see create-illustrator-model). */
  width: number;
  height: number;
  /** Character pictures to put in the subjects' places, main subject first. */
  referenceImages?: MediaData[];
  /** Leave the reference pictures' places empty (the caller puts them in) and answer where they are. */
  reserveReferences?: boolean;
  abortSignal?: AbortSignal;
}

export interface RenderedScene {
  png: Uint8Array;
  /** How many reference pictures were drawn (unreadable ones are left out with a warning). */
  placedReferences: number;
  /** Indices (into `referenceImages`) of the pictures that were drawn. */
  placedPictures: number[];
  /**
   * Where each picture stands, in their order: the places left for them with `reserveReferences`,
   * else where they were drawn (a picture that could not be read keeps its place, empty).
   */
  places?: { x: number; y: number; height: number }[];
  warnings: ProviderWarning[];
}

/**
 * Draws a scene description to PNG. Studios that derive scenes themselves (with a mood from the
 * music) call this; the image model calls it after deriving the scene from the prompt.
 */
export async function renderScenePng(scene: SceneDescription, options: RenderScenePngOptions): Promise<RenderedScene> {
  const { width, height, abortSignal } = options;
  const warnings: ProviderWarning[] = [];
  const pictures = options.referenceImages ?? [];
  const slots = referenceSlots(scene, pictures.length);
  if (options.reserveReferences && pictures.length > 0) {
    const png = await renderSvgToPngOffThread(renderSceneSvg(scene, { width, height, references: [] }), abortSignal);
    abortSignal?.throwIfAborted();
    return { png, placedReferences: 0, placedPictures: pictures.map((_, index) => index), places: placesOf(slots), warnings };
  }
  const references: PlacedReference[] = [];
  const placedPictures: number[] = [];
  for (const [index, picture] of pictures.entries()) {
    try {
      references.push({ reference: await prepareReferenceImage(picture, slots[index].height * height), slot: slots[index] });
      placedPictures.push(index);
    } catch (error) {
      warnings.push({ setting: `referenceImages[${index}]`, message: `Reference picture ${index + 1} could not be read as an image, so it was left out (${error instanceof Error ? error.message : String(error)}).` });
    }
  }
  abortSignal?.throwIfAborted();
  const svg = renderSceneSvg(scene, { width, height, references });
  const png = await renderSvgToPngOffThread(svg, abortSignal);
  abortSignal?.throwIfAborted();
  return { png, placedReferences: references.length, placedPictures, ...(pictures.length > 0 ? { places: placesOf(slots) } : {}), warnings };
}

function placesOf(slots: readonly ReferenceSlot[]): { x: number; y: number; height: number }[] {
  return slots.map((slot) => ({ x: slot.x, y: slot.y, height: slot.height }));
}
