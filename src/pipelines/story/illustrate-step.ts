import { z } from 'zod';
import { UnsafeContentError } from '../../engine/errors/index.ts';
import { defineStep, type StepContext } from '../../engine/step.ts';
import { characterSchema } from '../../providers/builtin/storyteller/story-draft.ts';
import type { MediaData } from '../../providers/spec/index.ts';
import { moderateImage, moderateText } from '../../safety/moderate-content.ts';
import type { ModerationRecord } from '../../safety/moderation-record.ts';
import { stepGuardrailMatcher } from './guardrail-matcher.ts';
import { moderationRecordSchema } from './story-content.ts';
import { capitalise } from '../../providers/builtin/storyteller/fill-template.ts';
import { lightPhrases, sceneTime } from './scene-light.ts';
import { scenePlace } from './scene-place.ts';
import { maxRegenerations } from './write-step.ts';
import { requiredService } from '../../runtime/step-services.ts';

/** Picture size: 4:3, large enough for a tablet, small enough to draw quickly. */
export const pictureSize = { width: 768, height: 576 } as const;

const safePictureBrief = 'a calm starry night sky over a sleeping village, soft moonlight';

/**
 * The character card goes into every scene's prompt, so the same characters look the same throughout;
 * the light comes from the scene's own words (a morning scene is drawn in morning light).
 */
export function picturePrompt(brief: string, characters: z.output<typeof characterSchema>[], sceneText = ''): string {
  const card = characters.map((character) => `${character.name}: ${character.looks}`).join('; ');
  // The card comes first so each character's first mention, the one the picture keeps, carries the card's colours;
  // the style names no object ("picture-book" drew an open book, in a new colour each scene).
  // The light leads: the first time word the illustrator reads wins, and a card's "dark braids" is no night.
  const place = scenePlace(brief, sceneText);
  return `${capitalise(lightPhrases[sceneTime(brief, sceneText)])}${place ? `, at the ${place}` : ''}. ${card}. ${brief}. Gentle illustration for a children's story.`;
}

/** Alt text: a configured description service (Azure AI Vision) first, else what the illustrator says it drew. */
async function altTextFor(image: MediaData, drawn: string | undefined, brief: string, context: StepContext): Promise<{ altText: string; by: string }> {
  const providers = requiredService(context.services, 'providers');
  for (const candidate of providers.candidates('description').filter((name) => !name.startsWith('builtin:'))) {
    try {
      const result = await providers.modelById('description', candidate).describe({ image, abortSignal: context.signal });
      context.servedBy(candidate);
      return { altText: result.caption, by: candidate };
    } catch (error) {
      if (context.signal.aborted) throw error;
      context.warn({ setting: 'description', message: `${candidate} could not describe the picture: ${(error as Error).message}` });
    }
  }
  return { altText: drawn ?? brief, by: drawn ? 'illustrator' : 'brief' };
}

/**
 * Draws one scene's picture (image capability) with the character card and the story's seed, checks it
 * with every configured image moderator, draws again on failure, then a safe fallback picture, and
 * stores it with its alt text and moderation record. A picture that failed is never stored.
 */
export const illustrateStep = defineStep({
  id: 'story.illustrate',
  version: 3,
  input: z.object({ scene: z.int(), brief: z.string(), text: z.string().default(''), characters: z.array(characterSchema), seed: z.int(), mode: z.enum(['child', 'standard']) }),
  output: z.object({ imageAssetId: z.string(), altText: z.string(), moderation: moderationRecordSchema }),
  async run(input, context) {
    const providers = requiredService(context.services, 'providers');
    const assets = requiredService(context.services, 'assets');
    const options = { mode: input.mode, matcher: await stepGuardrailMatcher(context.services), providers, signal: context.signal };
    const model = providers.model('image', { onServed: (candidate, passedOver) => context.servedBy(candidate, passedOver) });
    let brief = input.brief;
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const fallback = attempts > maxRegenerations + 1;
      if (fallback) brief = safePictureBrief;
      context.progress((attempts - 1) / (maxRegenerations + 2), `drawing scene ${input.scene}`);
      const briefCheck = await moderateText(brief, { ...options, providers: undefined });
      const result = await model.generate({
        prompt: picturePrompt(brief, input.characters, fallback ? '' : input.text), ...pictureSize, seed: input.seed + (attempts - 1) * 7919, abortSignal: context.signal,
      });
      for (const warning of result.warnings) context.warn(warning);
      const briefLayer = { layer: 'illustration-brief' as const, categories: briefCheck.layers[0].categories, passed: briefCheck.passed };
      const check = await moderateImage(result.image, briefLayer, options);
      if (!check.passed && !fallback) continue;
      if (!check.passed) throw new UnsafeContentError(`Scene ${input.scene}'s picture failed moderation, fallback included; no picture is shown. Try a calmer idea, or check the operator terms file.`, { details: { scene: input.scene } });
      const described = await altTextFor(result.image, result.description, brief, context);
      // The alt text is read aloud and shown; what a model says it drew passes the same text check as the brief.
      const { altText, by } = described.by === 'brief' || (await moderateText(described.altText, { ...options, providers: undefined })).passed ? described : { altText: brief, by: 'brief' };
      const moderation: ModerationRecord = {
        mode: input.mode, layers: check.layers, attempts, checkedLocallyOnly: check.checkedLocallyOnly,
        decision: fallback ? 'fallback' : attempts === 1 ? 'pass' : 'regenerated',
      };
      const asset = await assets.put({
        ownerId: context.ownerId, jobId: context.jobId, data: result.image.data, mediaType: result.image.mediaType,
        name: `scene-${String(input.scene).padStart(2, '0')}.png`,
        metadata: { kind: 'story-illustration', scene: input.scene, altText, altTextBy: by, brief, ...pictureSize, moderation },
      });
      context.recordAsset(asset.id);
      context.progress(1);
      return { imageAssetId: asset.id, altText, moderation };
    }
  },
});
