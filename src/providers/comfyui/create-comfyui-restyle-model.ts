import { InvalidOutputError } from '../../engine/errors/index.ts';
import type { BackendStatus } from '../backend.ts';
import { probeRemoteHealth } from '../probe-remote-health.ts';
import { sniffImageType } from '../sniff-image-type.ts';
import type { ProviderWarning, RestyleModel, RestyleOptions, RestyleResult } from '../spec/index.ts';
import { createComfyUiClient } from './comfyui-client.ts';
import { defaultComfyWorkflow, fillComfyWorkflow, type ComfyWorkflow } from './comfyui-workflow.ts';
import { expandStylePrompt } from '../diffusion/expand-style-prompt.ts';
import { diffusionFrameSize } from '../diffusion/diffusion-frame-size.ts';

export interface ComfyUiSettings {
  /** `http://127.0.0.1:8188` by default. */
  baseURL?: string;
  fetch?: typeof fetch;
  /** The backend's configured name, `comfyui` by default. */
  provider?: string;
  /** The checkpoint file for {{checkpoint}}; `sd_turbo.safetensors` by default. */
  checkpoint?: string;
  /** An API-format graph with placeholders (see comfyui-workflow.ts); SD-Turbo img2img by default. */
  workflow?: ComfyWorkflow;
  /** 1 by default (SD-Turbo). */
  steps?: number;
  /** 1 by default (turbo models are trained without guidance). */
  cfg?: number;
  negativePrompt?: string;
  maxSide?: number;
  defaultStrength?: number;
  /** How often the history is asked whether the prompt finished. */
  pollIntervalMs?: number;
  /** Longest wait for one frame. */
  timeoutMs?: number;
}

/**
 * Restyles frames through a ComfyUI server: the frame is uploaded (POST /upload/image), the
 * workflow queued (POST /prompt), its history polled (GET /history/{id}) and the picture fetched
 * (GET /view). Uploads reuse four names per model, so a long session does not fill the input folder.
 */
export function createComfyUiRestyleModel(settings: ComfyUiSettings = {}): RestyleModel & { health(signal: AbortSignal): Promise<BackendStatus> } {
  const provider = settings.provider ?? 'comfyui';
  const checkpoint = settings.checkpoint ?? 'sd_turbo.safetensors';
  const client = createComfyUiClient({ baseURL: settings.baseURL, fetch: settings.fetch, provider, checkpoint, pollIntervalMs: settings.pollIntervalMs });
  let uploads = 0;
  const extensionOf = (mediaType: string) => (mediaType === 'image/png' ? 'png' : mediaType === 'image/webp' ? 'webp' : 'jpg');

  return {
    provider,
    modelId: checkpoint,
    async restyle(options: RestyleOptions): Promise<RestyleResult> {
      options.abortSignal?.throwIfAborted();
      const signal = options.abortSignal;
      const warnings: ProviderWarning[] = [];
      if (options.outputMediaType && options.outputMediaType !== 'image/png') {
        warnings.push({ setting: 'outputMediaType', message: `ComfyUI's image nodes write PNG; ${options.outputMediaType} was not honoured.` });
      }
      const prompt = expandStylePrompt(options.prompt);
      const { width, height } = await diffusionFrameSize(options.image.data, settings.maxSide);
      const imageName = await client.upload(options.image.data, options.image.mediaType, `kiln-live-${client.clientId.slice(0, 8)}-${uploads++ % 4}.${extensionOf(options.image.mediaType)}`, signal);
      const graph = fillComfyWorkflow(settings.workflow ?? defaultComfyWorkflow, {
        image: imageName, prompt, negative_prompt: settings.negativePrompt ?? 'blurry, deformed, watermark, text',
        seed: options.seed ?? Math.floor(Math.random() * 2 ** 31), strength: options.strength ?? settings.defaultStrength ?? 0.5,
        width, height, checkpoint, steps: settings.steps ?? 1, cfg: settings.cfg ?? 1,
      });
      const promptId = await client.queue(graph, signal);
      const picture = await client.waitForOutput(promptId, () => true, settings.timeoutMs ?? 30_000, signal);
      const data = await client.download(picture, signal);
      const mediaType = sniffImageType(data);
      if (mediaType === 'application/octet-stream') throw new InvalidOutputError(`${provider} served ${picture.filename} with bytes that are not an image.`);
      return { image: { data, mediaType }, warnings };
    },
    async health(signal: AbortSignal): Promise<BackendStatus> {
      return probeRemoteHealth(async () => {
        await client.systemStats(signal);
      });
    },
  };
}
