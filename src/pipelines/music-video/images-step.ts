import { z } from 'zod';
import { defineStep } from '../../engine/step.ts';
import type { MediaData } from '../../providers/spec/common.ts';
import { generateImageWithFallback } from './generate-image-with-fallback.ts';
import { momentPrompt, momentSeed } from './moment-prompt.ts';
import { keyMomentSchema } from './music-video-input.ts';
import { musicVideoServices, ownedInputAsset } from './music-video-services.ts';

export const momentImageSchema = keyMomentSchema.extend({
  assetId: z.string(),
  /** The `backend:model` that drew it. */
  servedBy: z.string(),
});

/**
 * Draws one picture per key moment through the `image` capability, with the character images as
 * references (the built-in illustrator puts them into the scene; AI backends take them as img2img
 * or reference input). Each picture is an asset whose metadata carries its alt text.
 */
export const imagesStep = defineStep({
  id: 'music-video.images',
  version: 1,
  input: z.object({
    moments: z.array(keyMomentSchema).min(1),
    style: z.string(),
    characterAssetIds: z.array(z.string()),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  output: z.object({ images: z.array(momentImageSchema) }),
  async run({ moments, style, characterAssetIds, width, height }, context) {
    const { assets, providers } = musicVideoServices(context);
    const references: MediaData[] = [];
    for (const id of characterAssetIds) {
      const character = await ownedInputAsset(assets, context.ownerId, id, 'character image');
      references.push({ data: await assets.read(character), mediaType: character.mediaType });
    }

    const images: z.input<typeof momentImageSchema>[] = [];
    for (const [index, moment] of moments.entries()) {
      context.progress(index / moments.length, `drawing picture ${index + 1} of ${moments.length} (${moment.description})`);
      const prompt = momentPrompt(style, moment);
      const generated = await generateImageWithFallback(providers, {
        prompt, width, height,
        seed: momentSeed(index, moment),
        referenceImages: references,
        abortSignal: context.signal,
      }, { servedBy: context.servedBy, warn: context.warn });
      for (const warning of generated.result.warnings) context.warn(warning);
      const alt = generated.result.description ?? `A scene for the ${moment.description} at ${formatTime(moment.timestamp)}: ${prompt}.`;
      const extension = generated.result.image.mediaType === 'image/jpeg' ? 'jpg' : generated.result.image.mediaType.split('/')[1] ?? 'png';
      const stored = await assets.put({
        ownerId: context.ownerId,
        jobId: context.jobId,
        data: generated.result.image.data,
        mediaType: generated.result.image.mediaType,
        name: `moment-${String(index + 1).padStart(2, '0')}.${extension}`,
        metadata: {
          kind: 'key-moment-image', alt, prompt, moment, index,
          servedBy: generated.servedBy, width: generated.width, height: generated.height,
        },
      });
      context.recordAsset(stored.id);
      images.push({ ...moment, assetId: stored.id, servedBy: generated.servedBy });
    }
    context.progress(1, `drew ${images.length} pictures`);
    return { images };
  },
});

function formatTime(seconds: number): string {
  const whole = Math.floor(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
