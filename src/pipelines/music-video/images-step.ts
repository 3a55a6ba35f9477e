import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { z } from 'zod';
import { defineStep, type StepContext } from '../../engine/step.ts';
import { undrawnWords } from '../../media/illustrator/undrawn-words.ts';
import type { MediaData } from '../../providers/spec/common.ts';
import type { SegmentationModel } from '../../providers/spec/segmentation.ts';
import type { AssetRecord } from '../../runtime/contracts.ts';
import { cutOutCharacter } from '../../media/illustrator/cut-out-character.ts';
import { retryAtHalfSize } from '../../providers/retry-at-half-size.ts';
import type { ImageGenerateOptions } from '../../providers/spec/image.ts';
import { planPictures, type PlannedPicture } from './plan-pictures.ts';
import { keyMomentSchema } from './music-video-input.ts';
import { musicVideoServices, ownedInputAsset } from './music-video-services.ts';

export const momentImageSchema = keyMomentSchema.extend({
  assetId: z.string(),
  /** The `backend:model` that drew it. */
  servedBy: z.string(),
  /**
   * Where the picture's subject is (fractions of width and height): the close-ups aim there. `top`,
   * where the drawn character's head is when the image model said where it stood: close-ups keep it in shot.
   */
  focus: z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1), top: z.number().min(0).max(1).optional() }).optional(),
  /** What the image model was asked for; the ComfyUI clips are asked for the same scene. */
  prompt: z.string().optional(),
  /** Where the picture left room for each character (fractions): the video puts them there, dancing. Absent when they are drawn in. */
  characterPlaces: z.array(z.object({ x: z.number(), y: z.number(), height: z.number() })).optional(),
});

/** A character cut out of its picture, for the video to move to the music. */
export const dancerSchema = z.object({ assetId: z.string(), width: z.number().int().positive(), height: z.number().int().positive() });

/**
 * Draws one picture per key moment, and one for each song section that no key moment opens, each
 * in its section's own place and time of day (planPictures), through the `image` capability, with the character images as
 * references (the built-in illustrator puts them into the scene; AI backends take them as img2img
 * or reference input). Each picture is an asset whose metadata carries its alt text.
 */
export const imagesStep = defineStep({
  id: 'music-video.images',
  version: 4,
  // Keyed by the pictures' bytes: the same characters uploaded again reuse the drawings.
  assetInputs: ['characterAssetIds'],
  input: z.object({
    moments: z.array(keyMomentSchema).min(1),
    sections: z.array(z.object({ start: z.number().nonnegative(), end: z.number().nonnegative(), label: z.string().optional() })).default([]),
    style: z.string(),
    characterAssetIds: z.array(z.string()),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    /** Leave the characters out of the pictures, for the video to put them in dancing (the built-in motion); ComfyUI clips need them drawn. */
    dance: z.boolean().default(false),
    /** Pictures to draw again with a new seed (an edit's "New picture"); absent when none, so the cache key of an unedited video stays. */
    regeneratePictures: z.array(z.object({ moment: z.number().int().nonnegative(), draw: z.number().int().positive() })).optional(),
    /** Sections whose pictures are drawn from their own style words. */
    sectionStyles: z.array(z.object({ section: z.number().int().nonnegative(), style: z.string() })).optional(),
    /** Pictures drawn before (the video an edit corrects): one whose prompt, seed and size match is reused instead of drawn. */
    picturesFrom: z.array(z.string()).optional(),
  }),
  output: z.object({
    images: z.array(momentImageSchema),
    /** The characters cut out (PNG with transparency), in the order of the pictures' `characterPlaces`. */
    dancers: z.array(dancerSchema).default([]),
    /** What the pictures could not show as asked (a word with no drawing, a character with no subject); the job's output carries them. */
    warnings: z.array(z.object({ setting: z.string(), message: z.string() })).default([]),
  }),
  async run({ moments, sections, style, characterAssetIds, width, height, dance, regeneratePictures, sectionStyles, picturesFrom }, context) {
    const { assets, providers } = musicVideoServices(context);
    const warnings: { setting: string; message: string }[] = [];
    const warn = (warning: { setting: string; message: string }) => {
      context.warn(warning);
      if (!warnings.some((known) => known.message === warning.message)) warnings.push({ setting: warning.setting, message: warning.message });
    };
    const references: MediaData[] = [];
    const dancers: z.input<typeof dancerSchema>[] = [];
    const characterContents: string[] = [];
    for (const [index, id] of characterAssetIds.entries()) {
      const character = await ownedInputAsset(assets, context.ownerId, id, 'character image');
      characterContents.push(character.sha256);
      const reference = await characterReference(character, await assets.read(character), index, warn, providers.model('segmentation'));
      if (!reference) continue;
      references.push(reference.media);
      if (dance) dancers.push(await storeDancer(reference.cutOut, index, assets, context));
    }
    let warnedWords = false;

    const planned = planPictures(style, moments, sections, { regeneratePictures, sectionStyles });
    // The characters by their bytes, as the step's cache key names them: an edit of a video whose
    // pictures came from another upload of the same characters still finds them.
    const keys = planned.map((picture) => pictureKey(picture, { width, height, characters: characterContents, dance }));
    const keysById = planned.map((picture) => pictureKey(picture, { width, height, characters: characterAssetIds, dance }));
    const byKey = await earlierPictures(picturesFrom ?? [], assets, context.ownerId);
    // Pictures drawn before the keys named contents carry keys over the ids.
    const earlier = (index: number) => byKey.get(keys[index]) ?? byKey.get(keysById[index]);
    const toDraw = planned.flatMap((_, index) => (earlier(index) ? [] : [index]));
    // Ends the drawing on a cancel, and after a failure, so no picture starts or goes on needlessly.
    const stopDrawing = new AbortController();
    const drawingSignal = AbortSignal.any([context.signal, stopDrawing.signal]);
    let started = 0;
    // Who drew a picture, and at what size (smaller than asked after the half-size retry): a model per
    // picture, so that two pictures drawn at once cannot swap their answers.
    const draw = async (index: number) => {
      const { prompt, seed } = planned[index];
      let served = { servedBy: '', width, height };
      const model = providers.model('image', {
        retryPolicy: retryAtHalfSize,
        onServed(backendAndModel, passedOver, call) {
          const size = (call?.options ?? { width, height }) as ImageGenerateOptions;
          served = { servedBy: backendAndModel, width: size.width, height: size.height };
          context.servedBy(backendAndModel, passedOver);
        },
      });
      context.progress(started++ / toDraw.length, `drawing picture ${index + 1} of ${planned.length} (${planned[index].moment.description})`);
      const result = await model.generate({
        prompt, width, height, seed,
        referenceImages: references,
        // The built-in illustrator leaves the characters' places empty: the video puts them there, dancing.
        referencePlacement: dance ? 'reserve' : 'draw',
        abortSignal: drawingSignal,
      });
      return { result, ...served };
    };
    // Two pictures at once: the scene is built on this thread while the one before is rasterised and
    // encoded on the illustrator's and libuv's threads, so both cores draw. Stored in order, as drawn one by one.
    const drawings = drawAhead(toDraw.length, 2, drawingSignal, (at) => draw(toDraw[at]));
    const images: z.input<typeof momentImageSchema>[] = [];
    try {
      for (const [index, { moment, prompt, focus: plannedFocus }] of planned.entries()) {
        const kept = earlier(index);
        if (kept) {
          // Drawn before from the same prompt, seed and size: the same asset, so the video's shots of it are reused too.
          const places = kept.metadata.characterPlaces as { x: number; y: number; height: number }[] | undefined;
          const focus = (kept.metadata.focus as z.input<typeof momentImageSchema>['focus']) ?? plannedFocus;
          images.push({ ...moment, assetId: kept.id, servedBy: String(kept.metadata.servedBy ?? ''), focus, prompt, ...(dance && places && places.length === dancers.length ? { characterPlaces: places } : {}) });
          continue;
        }
        const generated = await drawings[toDraw.indexOf(index)];
        const { result } = generated;
        for (const warning of result.warnings) warn(warning);
        if (!warnedWords && generated.servedBy.startsWith('builtin:')) {
          // Said once, about the person's own words: the moment words are all drawable.
          warnedWords = true;
          for (const [setting, words] of [['style', style], ...(sectionStyles ?? []).map((change, at) => [`sectionStyles[${at}]`, change.style])]) {
            const missing = undrawnWords(words);
            if (missing.length > 0) {
              warn({ setting, message: `The built-in illustrator has no drawing for ${missing.map((word) => `"${word}"`).join(', ')}, so ${missing.length === 1 ? 'it is' : 'they are'} not in the pictures.` });
            }
          }
        }
        const places = generated.result.referencePlaces;
        // The main character drawn in: the close-ups aim at it, and keep its head in shot.
        const focus = !dance && places?.[0] ? focusOnCharacter(places[0]) : plannedFocus;
        const alt = generated.result.description ?? `A scene for the ${moment.description} at ${formatTime(moment.timestamp)}: ${prompt}.`;
        const extension = generated.result.image.mediaType === 'image/jpeg' ? 'jpg' : generated.result.image.mediaType.split('/')[1] ?? 'png';
        const stored = await assets.put({
          ownerId: context.ownerId,
          jobId: context.jobId,
          data: generated.result.image.data,
          mediaType: generated.result.image.mediaType,
          name: `moment-${String(index + 1).padStart(2, '0')}.${extension}`,
          metadata: {
            kind: 'key-moment-image', alt, prompt, moment, index, ...(planned[index].sectionIndex === undefined ? {} : { section: planned[index].sectionIndex }),
            servedBy: generated.servedBy, width: generated.width, height: generated.height,
            // What an edit needs to reuse the picture instead of drawing it again.
            pictureKey: keys[index], focus, ...(places ? { characterPlaces: places } : {}),
          },
        });
        context.recordAsset(stored.id);
        images.push({ ...moment, assetId: stored.id, servedBy: generated.servedBy, focus, prompt, ...(dance && places && places.length === dancers.length ? { characterPlaces: places } : {}) });
      }
    } finally {
      // After a failure the pictures still drawing are cancelled and those not started never start.
      stopDrawing.abort();
    }
    context.progress(1, toDraw.length === images.length ? `drew ${images.length} pictures` : `drew ${toDraw.length} pictures, reused ${images.length - toDraw.length}`);
    return { images, dancers: dancers.filter(() => images.some((image) => image.characterPlaces)), warnings };
  },
});

/**
 * Starts `draw(index)` for every index, at most `limit` at once, in order; the answers in order.
 * Once `signal` is aborted no more start. Every promise is marked handled, so that the caller, which
 * awaits them in order and stops at the first failure, leaves none unhandled behind it.
 */
function drawAhead<Answer>(count: number, limit: number, signal: AbortSignal, draw: (index: number) => Promise<Answer>): Promise<Answer>[] {
  const answers: Promise<Answer>[] = [];
  for (let index = 0; index < count; index++) {
    const slot = answers[index - limit]?.then(() => undefined, () => undefined) ?? Promise.resolve();
    const answer = slot.then(() => {
      if (signal.aborted) throw signal.reason;
      return draw(index);
    });
    answer.catch(() => undefined);
    answers.push(answer);
  }
  return answers;
}

/**
 * What a picture is drawn from: its prompt and seed, the size, the characters (the sha256 of each
 * picture's bytes) and whether they are left out to dance. Two pictures with the same key are the same drawing.
 */
function pictureKey(picture: PlannedPicture, drawing: { width: number; height: number; characters: readonly string[]; dance: boolean }): string {
  const described = JSON.stringify([picture.prompt, picture.seed, drawing.width, drawing.height, drawing.characters, drawing.dance]);
  return createHash('sha256').update(described).digest('hex');
}

/** The owner's earlier pictures that say what they were drawn from, by that key; a missing or foreign one is left out. */
async function earlierPictures(assetIds: readonly string[], assets: ReturnType<typeof musicVideoServices>['assets'], ownerId: string): Promise<Map<string, AssetRecord>> {
  const found = await Promise.all(assetIds.map((id) => assets.get(ownerId, id).catch(() => undefined)));
  const byKey = new Map<string, AssetRecord>();
  for (const asset of found) {
    const key = asset?.metadata.pictureKey;
    if (asset && typeof key === 'string' && asset.mediaType.startsWith('image/') && asset.metadata.kind === 'key-moment-image') byKey.set(key, asset);
  }
  return byKey;
}

/** How each way of cutting a character out reads in the job's warnings. */
const cutDescriptions = {
  alpha: 'was cut out along its own transparency',
  'plain-background': 'was cut out by removing its plain background',
  'person-model': 'is a photo, so the person in it was cut out by the person segmentation model (MediaPipe selfie segmentation)',
} as const;

/**
 * The character picture as the image backends get it: as uploaded (the built-in illustrator cuts it
 * out itself; AI backends want the whole picture for img2img), or left out with a warning when it
 * has no subject to cut out. A photo is cut out here by the person segmentation model and sent as a
 * PNG with that cut as its transparency; the warnings say which way each picture was cut.
 */
async function characterReference(
  asset: AssetRecord, data: Uint8Array, index: number,
  warn: (warning: { setting: string; message: string }) => void, segmentation?: SegmentationModel,
): Promise<{ media: MediaData; cutOut: Uint8Array } | undefined> {
  const name = `Character picture ${index + 1} (${asset.name})`;
  const setting = `characterAssetIds[${index}]`;
  const cut = await cutOutCharacter(data, { segmentation }).catch((error: unknown) => ({ kind: 'no-subject' as const, reason: `it could not be read (${error instanceof Error ? error.message : String(error)})` }));
  if (cut.kind === 'no-subject') {
    warn({ setting, message: `${name} has no usable subject: ${cut.reason}. It was left out of the video.` });
    return undefined;
  }
  if (cut.kind === 'busy-background') {
    warn({ setting, message: `${name} has neither a transparent nor a plain background, and no person was found in it, so it could not be cut out and appears as a whole picture; a PNG with transparency works best.` });
    return { media: { data, mediaType: asset.mediaType }, cutOut: cut.png };
  }
  warn({ setting, message: `${name} ${cutDescriptions[cut.how]}.` });
  return { media: cut.how === 'person-model' ? { data: cut.png, mediaType: 'image/png' } : { data, mediaType: asset.mediaType }, cutOut: cut.png };
}

/** The cut-out trimmed to the character (its transparent margins off, so its feet are its bottom), stored for the video. */
async function storeDancer(cutOut: Uint8Array, index: number, assets: ReturnType<typeof musicVideoServices>['assets'], context: StepContext): Promise<z.input<typeof dancerSchema>> {
  const { data, info } = await sharp(Buffer.from(cutOut)).ensureAlpha().trim({ threshold: 1 }).png().toBuffer({ resolveWithObject: true });
  const stored = await assets.put({
    ownerId: context.ownerId, jobId: context.jobId, data: new Uint8Array(data), mediaType: 'image/png',
    name: `dancer-${String(index + 1).padStart(2, '0')}.png`, metadata: { kind: 'dancer', character: index, alt: `Character ${index + 1}, cut out to dance in the video.` },
  });
  context.recordAsset(stored.id);
  return { assetId: stored.id, width: info.width, height: info.height };
}

function formatTime(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Where a character drawn at `place` (its feet at `y`) stands in the picture: its middle, and its head as `top`. */
function focusOnCharacter(place: { x: number; y: number; height: number }): { x: number; y: number; top: number } {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  return { x: clamp(place.x), y: clamp(place.y - place.height / 2), top: clamp(place.y - place.height) };
}
