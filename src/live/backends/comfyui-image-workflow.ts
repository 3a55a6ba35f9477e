import type { ComfyWorkflow } from './comfyui-workflow.ts';

/**
 * The ComfyUI graphs (API format) Kiln draws pictures with when the config names none. Placeholders
 * as in comfyui-workflow.ts: {{prompt}} · {{negative_prompt}} · {{seed}} · {{width}} · {{height}} ·
 * {{checkpoint}} · {{steps}} · {{cfg}} · {{denoise}}, and {{image}} (the uploaded reference) in the
 * reference graph. SaveImage keeps a copy in ComfyUI's output folder, which is what a person
 * drawing pictures for a video expects.
 */
const shared: ComfyWorkflow = {
  checkpoint: { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: '{{checkpoint}}' } },
  positive: { class_type: 'CLIPTextEncode', inputs: { text: '{{prompt}}', clip: ['checkpoint', 1] } },
  negative: { class_type: 'CLIPTextEncode', inputs: { text: '{{negative_prompt}}', clip: ['checkpoint', 1] } },
  sampled: {
    class_type: 'KSampler',
    inputs: {
      model: ['checkpoint', 0], positive: ['positive', 0], negative: ['negative', 0], latent_image: ['latent', 0],
      seed: '{{seed}}', steps: '{{steps}}', cfg: '{{cfg}}', sampler_name: 'euler_ancestral', scheduler: 'normal', denoise: '{{denoise}}',
    },
  },
  decoded: { class_type: 'VAEDecode', inputs: { samples: ['sampled', 0], vae: ['checkpoint', 2] } },
  output: { class_type: 'SaveImage', inputs: { images: ['decoded', 0], filename_prefix: 'kiln' } },
};

/** Text to image: an empty latent of the asked size. */
export const defaultComfyTextToImageWorkflow: ComfyWorkflow = {
  ...shared,
  latent: { class_type: 'EmptyLatentImage', inputs: { width: '{{width}}', height: '{{height}}', batch_size: 1 } },
};

/** Image to image: the first reference, scaled and cropped to the asked size, encoded as the starting latent. */
export const defaultComfyReferenceImageWorkflow: ComfyWorkflow = {
  ...shared,
  reference: { class_type: 'LoadImage', inputs: { image: '{{image}}' } },
  resized: { class_type: 'ImageScale', inputs: { image: ['reference', 0], upscale_method: 'bilinear', width: '{{width}}', height: '{{height}}', crop: 'center' } },
  latent: { class_type: 'VAEEncode', inputs: { pixels: ['resized', 0], vae: ['checkpoint', 2] } },
};

/** Whether a graph has the placeholder anywhere in its inputs. */
export function workflowUses(workflow: ComfyWorkflow, placeholder: string): boolean {
  return JSON.stringify(workflow).includes(`{{${placeholder}}}`);
}
