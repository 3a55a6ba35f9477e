/**
 * The ComfyUI graph (API format: node id → { class_type, inputs }) Kiln runs by default: SD-Turbo
 * img2img in one step at 512 pixels. A custom workflow may use the same placeholders; a string
 * that is exactly a placeholder takes the value's own type (a number stays a number).
 *
 *   {{image}} the uploaded frame's name · {{prompt}} · {{negative_prompt}} · {{seed}}
 *   {{strength}} (KSampler denoise) · {{width}} · {{height}} · {{checkpoint}} · {{steps}} · {{cfg}}
 */
export type ComfyWorkflow = Record<string, { class_type: string; inputs: Record<string, unknown>; _meta?: { title?: string } }>;

/**
 * The nodes every Kiln graph shares: checkpoint, the two prompts, a sampler reading node `latent`, the
 * decoder and an output. `save` keeps the result in ComfyUI's output folder (pictures a person wants to
 * keep); a preview stays in its temp folder, so a live session fills no output folder.
 */
export function comfySamplingNodes(options: { denoise: string; save: boolean }): ComfyWorkflow {
  return {
    checkpoint: { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: '{{checkpoint}}' } },
    positive: { class_type: 'CLIPTextEncode', inputs: { text: '{{prompt}}', clip: ['checkpoint', 1] } },
    negative: { class_type: 'CLIPTextEncode', inputs: { text: '{{negative_prompt}}', clip: ['checkpoint', 1] } },
    sampled: {
      class_type: 'KSampler',
      inputs: {
        model: ['checkpoint', 0], positive: ['positive', 0], negative: ['negative', 0], latent_image: ['latent', 0],
        seed: '{{seed}}', steps: '{{steps}}', cfg: '{{cfg}}', sampler_name: 'euler_ancestral', scheduler: 'normal', denoise: options.denoise,
      },
    },
    decoded: { class_type: 'VAEDecode', inputs: { samples: ['sampled', 0], vae: ['checkpoint', 2] } },
    output: options.save
      ? { class_type: 'SaveImage', inputs: { images: ['decoded', 0], filename_prefix: 'kiln' } }
      : { class_type: 'PreviewImage', inputs: { images: ['decoded', 0] } },
  };
}

/** The starting latent from an uploaded picture ({{image}}), loaded by node `sourceNode`, scaled and cropped to size. */
export function comfyImageToImageNodes(sourceNode: string): ComfyWorkflow {
  return {
    [sourceNode]: { class_type: 'LoadImage', inputs: { image: '{{image}}' } },
    resized: { class_type: 'ImageScale', inputs: { image: [sourceNode, 0], upscale_method: 'bilinear', width: '{{width}}', height: '{{height}}', crop: 'center' } },
    latent: { class_type: 'VAEEncode', inputs: { pixels: ['resized', 0], vae: ['checkpoint', 2] } },
  };
}

export const defaultComfyWorkflow: ComfyWorkflow = {
  ...comfySamplingNodes({ denoise: '{{strength}}', save: false }),
  ...comfyImageToImageNodes('frame'),
};

/** A copy of the workflow with every placeholder replaced. */
export function fillComfyWorkflow(workflow: ComfyWorkflow, values: Record<string, string | number>): ComfyWorkflow {
  const fill = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const whole = /^\{\{(\w+)\}\}$/.exec(value);
      if (whole && whole[1] in values) return values[whole[1]];
      return value.replace(/\{\{(\w+)\}\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
    }
    if (Array.isArray(value)) return value.map(fill);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fill(inner)]));
    return value;
  };
  return fill(workflow) as ComfyWorkflow;
}
