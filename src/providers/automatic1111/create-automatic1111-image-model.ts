import { InvalidOutputError } from '../../engine/errors/index.ts';
import { providerFetchJson } from '../provider-fetch.ts';
import { sniffImageType } from '../sniff-image-type.ts';
import type { ImageGenerateOptions, ImageGenerateResult, ImageModel } from '../spec/index.ts';
import type { Automatic1111Settings } from './create-automatic1111-restyle-model.ts';
import { diffusionImageSize, firstReferenceWarning } from '../diffusion/diffusion-image-size.ts';

export interface Automatic1111ImageSettings extends Automatic1111Settings {
  /** How far img2img may move from the reference picture (0..1); 0.6 keeps the character recognisable. */
  referenceStrength?: number;
}

/**
 * Draws pictures through AUTOMATIC1111's API (and its forks): POST /sdapi/v1/txt2img, or
 * /sdapi/v1/img2img with the first reference image as `init_images` when references are given, so
 * the characters carry into the scene. The answer's first image is a base64 PNG.
 */
export function createAutomatic1111ImageModel(settings: Automatic1111ImageSettings = {}): ImageModel {
  const provider = settings.provider ?? 'automatic1111';
  const baseURL = settings.baseURL ?? 'http://127.0.0.1:7860';
  return {
    provider,
    modelId: settings.checkpoint ?? 'default',
    async generate(options: ImageGenerateOptions): Promise<ImageGenerateResult> {
      options.abortSignal?.throwIfAborted();
      const size = diffusionImageSize(options.width, options.height, provider);
      const reference = options.referenceImages?.[0];
      const warnings = [...size.warnings, ...firstReferenceWarning(options.referenceImages?.length ?? 0, provider, 'img2img init image')];
      const body = {
        prompt: options.prompt,
        negative_prompt: options.negativePrompt ?? settings.negativePrompt ?? 'blurry, deformed, watermark, text',
        width: size.width,
        height: size.height,
        seed: options.seed ?? -1,
        steps: settings.steps ?? 2,
        cfg_scale: settings.cfgScale ?? 1,
        sampler_name: settings.samplerName ?? 'Euler a',
        batch_size: 1,
        n_iter: 1,
        save_images: false,
        send_images: true,
        ...(reference ? { init_images: [Buffer.from(reference.data).toString('base64')], denoising_strength: settings.referenceStrength ?? 0.6, resize_mode: 1 } : {}),
        ...(settings.checkpoint ? { override_settings: { sd_model_checkpoint: settings.checkpoint }, override_settings_restore_afterwards: false } : {}),
      };
      const path = reference ? '/sdapi/v1/img2img' : '/sdapi/v1/txt2img';
      const answer = await providerFetchJson<{ images?: string[] }>({
        fetch: settings.fetch ?? globalThis.fetch, baseURL, path, provider, modelId: settings.checkpoint,
        init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: options.abortSignal },
      });
      const first = answer.images?.[0];
      if (!first) throw new InvalidOutputError(`${provider} answered ${path} without an image.`);
      // Some forks answer a data URL rather than bare base64.
      const data = new Uint8Array(Buffer.from(first.replace(/^data:[^,]*,/, ''), 'base64'));
      const mediaType = sniffImageType(data);
      if (mediaType === 'application/octet-stream') throw new InvalidOutputError(`${provider} answered ${path} with bytes that are not an image.`);
      return { image: { data, mediaType }, warnings };
    },
  };
}
