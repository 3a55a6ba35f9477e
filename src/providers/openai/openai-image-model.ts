import sharp from 'sharp';
import { InvalidOutputError } from '../../engine/errors/index.ts';
import { providerFetchJson } from '../provider-fetch.ts';
import { sniffImageType } from '../sniff-image-type.ts';
import type { ImageGenerateOptions, ImageGenerateResult, ImageModel, ProviderWarning } from '../spec/index.ts';
import type { OpenAIConnection } from './openai-connection.ts';
import { nearestImageSize, openAIImageRules } from './openai-image-sizes.ts';

interface ImagesResponse {
  data?: { b64_json?: string; revised_prompt?: string }[];
}

/**
 * POST /images/generations, answered as base64 so no second download is needed. OpenAI's own models
 * draw only a few fixed sizes: Kiln asks for the closest one and scales and crops the picture to the
 * asked size; other (compatible) servers are asked for the size itself.
 */
export function createOpenAIImageModel(connection: OpenAIConnection, modelId: string): ImageModel {
  return {
    provider: connection.provider,
    modelId,
    async generate(options: ImageGenerateOptions): Promise<ImageGenerateResult> {
      // The OpenAI images API has none of these; strict servers reject unknown fields, so they are not sent.
      const warnings: ProviderWarning[] = [];
      if (options.seed !== undefined) warnings.push({ setting: 'seed', message: 'The OpenAI images API takes no seed; it was ignored.' });
      if (options.negativePrompt) warnings.push({ setting: 'negativePrompt', message: 'The OpenAI images API takes no negative prompt; it was ignored.' });
      if (options.referenceImages?.length) warnings.push({ setting: 'referenceImages', message: 'Reference images need /images/edits, which Kiln does not use; they were ignored.' });

      const rules = openAIImageRules(modelId);
      const drawn = rules ? nearestImageSize(rules, options.width, options.height) : [options.width, options.height] as const;
      const body = await providerFetchJson<ImagesResponse>({
        fetch: connection.fetch,
        baseURL: connection.baseURL,
        path: '/images/generations',
        provider: connection.provider,
        modelId,
        init: {
          method: 'POST',
          headers: { ...connection.headers(), 'content-type': 'application/json' },
          body: JSON.stringify({ model: modelId, prompt: options.prompt, n: 1, size: `${drawn[0]}x${drawn[1]}`, ...(rules?.takesResponseFormat === false ? {} : { response_format: 'b64_json' }) }),
          signal: options.abortSignal,
        },
      });
      const first = body.data?.[0];
      if (!first?.b64_json) {
        throw new InvalidOutputError(`${connection.provider} answered /images/generations without b64_json data.`);
      }
      let data = new Uint8Array(Buffer.from(first.b64_json, 'base64'));
      if (drawn[0] !== options.width || drawn[1] !== options.height) {
        data = new Uint8Array(await sharp(data).resize(options.width, options.height, { fit: 'cover' }).png().toBuffer().catch((error: unknown) => {
          throw new InvalidOutputError(`${connection.provider} answered /images/generations with data that is not a picture.`, { cause: error });
        }));
        warnings.push({ setting: 'size', message: `${modelId} draws only ${rules!.sizes.map(([w, h]) => `${w}x${h}`).join(', ')}; it drew ${drawn[0]}x${drawn[1]}, scaled and cropped to ${options.width}x${options.height}.` });
      }
      return { image: { data, mediaType: sniffImageType(data) }, description: first.revised_prompt, warnings };
    },
  };
}
