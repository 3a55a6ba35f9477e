import { InvalidOutputError } from '../../engine/errors/index.ts';
import type { BackendStatus } from '../backend.ts';
import { probeRemoteHealth } from '../probe-remote-health.ts';
import { providerFetchJson } from '../provider-fetch.ts';
import { sniffImageType } from '../sniff-image-type.ts';
import type { ProviderWarning, RestyleModel, RestyleOptions, RestyleResult } from '../spec/index.ts';
import { expandStylePrompt } from '../diffusion/expand-style-prompt.ts';
import { diffusionFrameSize } from '../diffusion/diffusion-frame-size.ts';

export interface Automatic1111Settings {
  /** The web UI started with `--api`; `http://127.0.0.1:7860` by default. */
  baseURL?: string;
  fetch?: typeof fetch;
  /** The backend's configured name, `automatic1111` by default. */
  provider?: string;
  /** A checkpoint title to switch to for these calls (`override_settings.sd_model_checkpoint`); the loaded one otherwise. */
  checkpoint?: string;
  /** Sampling steps; 2 by default, which with strength 0.5 is the single step SD-Turbo wants. */
  steps?: number;
  /** Classifier-free guidance; 1 for the turbo models (they are trained without it). */
  cfgScale?: number;
  samplerName?: string;
  negativePrompt?: string;
  /** Largest side sent to the model; 512 for SD-Turbo. */
  maxSide?: number;
  /** Strength when a call gives none. */
  defaultStrength?: number;
}

interface Img2ImgResponse {
  images?: string[];
  info?: string;
}

/**
 * Restyles frames through AUTOMATIC1111's img2img API (and servers that copy it, like SD.Next and
 * Forge): POST /sdapi/v1/img2img with the frame as base64 in `init_images`. The answer is a PNG.
 */
export function createAutomatic1111RestyleModel(settings: Automatic1111Settings = {}): RestyleModel & { health(signal: AbortSignal): Promise<BackendStatus> } {
  const provider = settings.provider ?? 'automatic1111';
  const baseURL = settings.baseURL ?? 'http://127.0.0.1:7860';
  const fetchFunction = settings.fetch ?? globalThis.fetch;
  return {
    provider,
    modelId: settings.checkpoint ?? 'img2img',
    async restyle(options: RestyleOptions): Promise<RestyleResult> {
      options.abortSignal?.throwIfAborted();
      const warnings: ProviderWarning[] = [];
      if (options.outputMediaType && options.outputMediaType !== 'image/png') {
        warnings.push({ setting: 'outputMediaType', message: `AUTOMATIC1111 answers PNG; ${options.outputMediaType} was not honoured.` });
      }
      const { width, height } = await diffusionFrameSize(options.image.data, settings.maxSide);
      const body = {
        init_images: [Buffer.from(options.image.data).toString('base64')],
        prompt: expandStylePrompt(options.prompt),
        negative_prompt: settings.negativePrompt ?? 'blurry, deformed, watermark, text',
        denoising_strength: options.strength ?? settings.defaultStrength ?? 0.5,
        steps: settings.steps ?? 2,
        cfg_scale: settings.cfgScale ?? 1,
        sampler_name: settings.samplerName ?? 'Euler a',
        width,
        height,
        seed: options.seed ?? -1,
        batch_size: 1,
        n_iter: 1,
        save_images: false,
        send_images: true,
        ...(settings.checkpoint ? { override_settings: { sd_model_checkpoint: settings.checkpoint }, override_settings_restore_afterwards: false } : {}),
      };
      const answer = await providerFetchJson<Img2ImgResponse>({
        fetch: fetchFunction, baseURL, path: '/sdapi/v1/img2img', provider, modelId: settings.checkpoint,
        init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: options.abortSignal },
      });
      const first = answer.images?.[0];
      if (!first) throw new InvalidOutputError(`${provider} answered /sdapi/v1/img2img without an image.`);
      // Some forks answer a data URL rather than bare base64.
      const data = new Uint8Array(Buffer.from(first.replace(/^data:[^,]*,/, ''), 'base64'));
      const mediaType = sniffImageType(data);
      if (mediaType === 'application/octet-stream') throw new InvalidOutputError(`${provider} answered /sdapi/v1/img2img with bytes that are not an image.`);
      return { image: { data, mediaType }, warnings };
    },
    async health(signal: AbortSignal): Promise<BackendStatus> {
      return probeRemoteHealth(async () => {
        const models = await providerFetchJson<unknown[]>({ fetch: fetchFunction, baseURL, path: '/sdapi/v1/sd-models', provider, init: { signal } });
        if (!Array.isArray(models) || models.length === 0) {
          return { state: 'unavailable', reason: `${provider} has no Stable Diffusion checkpoints installed.`, device: 'remote' };
        }
      });
    },
  };
}
