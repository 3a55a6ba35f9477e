import { createHash } from 'node:crypto';
import { InvalidOutputError, ProviderUnsupportedError } from '../../engine/errors/index.ts';
import { sniffImageType } from '../sniff-image-type.ts';
import type { ImageGenerateOptions, ImageGenerateResult, ImageModel } from '../spec/index.ts';
import { createComfyUiClient } from './comfyui-client.ts';
import { defaultComfyReferenceImageWorkflow, defaultComfyTextToImageWorkflow, workflowUses } from './comfyui-image-workflow.ts';
import { fillComfyWorkflow, type ComfyWorkflow } from './comfyui-workflow.ts';
import type { ComfyUiSettings } from './create-comfyui-restyle-model.ts';
import { diffusionImageSize, firstReferenceWarning } from '../diffusion/diffusion-image-size.ts';

export interface ComfyUiImageSettings extends Omit<ComfyUiSettings, 'workflow'> {
  /** An API-format graph with placeholders (see comfyui-image-workflow.ts); with {{image}} it takes a reference. */
  imageWorkflow?: ComfyWorkflow;
  /** KSampler denoise when starting from a reference (0..1); 0.6 keeps the character recognisable. */
  referenceStrength?: number;
}

const imageExtensions = /\.(png|jpe?g|webp)$/i;

/**
 * Draws pictures through a ComfyUI server: the default text-to-image graph, or, given reference
 * images, the first one uploaded and encoded as the starting latent (img2img, denoise below 1).
 * The graph is queued, its history polled and the saved picture fetched.
 */
export function createComfyUiImageModel(settings: ComfyUiImageSettings = {}): ImageModel {
  const provider = settings.provider ?? 'comfyui';
  const checkpoint = settings.checkpoint ?? 'sd_turbo.safetensors';
  const client = createComfyUiClient({ baseURL: settings.baseURL, fetch: settings.fetch, provider, checkpoint, pollIntervalMs: settings.pollIntervalMs });
  return {
    provider,
    modelId: checkpoint,
    async generate(options: ImageGenerateOptions): Promise<ImageGenerateResult> {
      const signal = options.abortSignal;
      signal?.throwIfAborted();
      const references = options.referenceImages ?? [];
      const size = diffusionImageSize(options.width, options.height, provider);
      const workflow = settings.imageWorkflow ?? (references.length > 0 ? defaultComfyReferenceImageWorkflow : defaultComfyTextToImageWorkflow);
      const takesReference = workflowUses(workflow, 'image');
      if (takesReference && references.length === 0) {
        throw new ProviderUnsupportedError(`${provider}'s imageWorkflow needs a reference image ({{image}}) and none was given.`, { details: { provider } });
      }
      const warnings = [...size.warnings];
      if (takesReference) warnings.push(...firstReferenceWarning(references.length, provider, 'the img2img starting picture'));
      else if (references.length > 0) warnings.push({ setting: 'referenceImages', message: `${provider}'s imageWorkflow has no {{image}} input, so the reference images were not used.` });

      let image = '';
      if (takesReference) {
        // Named by content: the same character drawn into every scene is stored on the server once.
        const reference = references[0];
        const extension = reference.mediaType === 'image/png' ? 'png' : reference.mediaType === 'image/webp' ? 'webp' : 'jpg';
        image = await client.upload(reference.data, reference.mediaType, `kiln-reference-${createHash('sha256').update(reference.data).digest('hex').slice(0, 16)}.${extension}`, signal);
      }
      const graph = fillComfyWorkflow(workflow, {
        image, prompt: options.prompt, negative_prompt: options.negativePrompt ?? settings.negativePrompt ?? 'blurry, deformed, watermark, text',
        seed: options.seed ?? Math.floor(Math.random() * 2 ** 31), width: size.width, height: size.height, checkpoint,
        steps: settings.steps ?? 1, cfg: settings.cfg ?? 1, denoise: takesReference ? settings.referenceStrength ?? 0.6 : 1,
      });
      const promptId = await client.queue(graph, signal);
      const file = await client.waitForOutput(promptId, (candidate) => imageExtensions.test(candidate.filename), settings.timeoutMs ?? 120_000, signal);
      const data = await client.download(file, signal);
      const mediaType = sniffImageType(data);
      if (mediaType === 'application/octet-stream') throw new InvalidOutputError(`${provider} served ${file.filename} with bytes that are not an image.`);
      return { image: { data, mediaType }, warnings };
    },
  };
}
